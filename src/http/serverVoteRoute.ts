import type { IncomingMessage, ServerResponse } from 'node:http'

import { getPayload, type SanitizedConfig } from 'payload'

import { anonymousVote, carriesCredentials } from './anonymousVote'
import { BODY_LIMITS } from './bodyLimits'
import { EVERY_ANSWER } from './securityHeaders.mjs'
import { SERVER_ROUTES } from './serverRoutes.mjs'
import { withBodyLimit } from './withBodyLimit'

type Config = SanitizedConfig | Promise<SanitizedConfig>

const VOTE_PATH = /^\/api\/case-submissions\/([^/?#]+)\/vote(?:\?|$)/

/** From the parsed headers, not the raw ones: server.mjs has put the connection's address among them. */
const headersOf = (req: IncomingMessage) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one)
  }
  return headers
}

const caseIdIn = (url: string | undefined): string | null => {
  const encoded = VOTE_PATH.exec(url ?? '')?.[1]
  if (encoded === undefined) return null
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null
  }
}

/**
 * The request's body as the web stream the route reads. A body refused unread (too large) is discarded as it arrives
 * rather than destroyed: destroying the request would cut the connection under the answer, and the client, still
 * sending, would never read it.
 */
const bodyOf = (req: IncomingMessage): ReadableStream<Uint8Array> => {
  const chunks = req.iterator({ destroyOnReturn: false }) as AsyncIterator<Buffer>
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await chunks.next()
      if (done) controller.close()
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
    },
    async cancel() {
      await chunks.return?.()
      req.resume()
    },
  })
}

const send = async (res: ServerResponse, response: Response) => {
  const headers: Record<string, string | string[]> = {}
  for (const { key, value } of EVERY_ANSWER) headers[key.toLowerCase()] = value
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') headers[key] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  const body = Buffer.from(await response.arrayBuffer())
  headers['content-length'] = String(body.byteLength)
  res.writeHead(response.status, headers).end(body)
}

/**
 * A reader's vote answered by server.mjs itself, before Next: the vote is the one write that comes by the thousand,
 * and Next's routing of each request (matching, its request and response objects, the route module) cost more than
 * judging and storing the vote. The answer is the one the API route gives (apiRoutes.ts): the same body limit, the
 * same anonymous vote through the collection's own endpoint, the headers next.config.mjs adds to every answer. A
 * request with credentials, or any other method or path, is Next's as before.
 */
export const registerServerVoteRoute = (config: Config) => {
  const vote = withBodyLimit(
    (request: Request, caseId: string) => anonymousVote(config, request, caseId),
    () => BODY_LIMITS.api,
  )
  const route = (req: IncomingMessage) => {
    if (req.method !== 'POST') return null
    const caseId = caseIdIn(req.url)
    if (caseId === null) return null
    return async (res: ServerResponse): Promise<boolean> => {
      try {
        const headers = headersOf(req)
        if (carriesCredentials(await getPayload({ config, cron: true }), headers)) return false
        const request = new Request(new URL(req.url as string, 'http://localhost'), {
          method: 'POST',
          headers,
          body: bodyOf(req),
          duplex: 'half',
        } as RequestInit)
        // Never null: a request with credentials went to Next above
        const response = (await vote(request, caseId)) as Response
        await send(res, response)
      } catch (error) {
        // As Payload answers what it did not foresee: the API's shape, no detail
        console.error('vote route failed', error)
        if (!res.headersSent)
          await send(res, Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 }))
      }
      return true
    }
  }
  ;(globalThis as Record<symbol, unknown>)[SERVER_ROUTES] = route
}
