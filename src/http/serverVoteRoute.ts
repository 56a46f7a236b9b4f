import type { IncomingMessage, ServerResponse } from 'node:http'

import { getPayload, type SanitizedConfig } from 'payload'

import { anonymousVote, carriesCredentials } from './anonymousVote'
import { BODY_LIMITS } from './bodyLimits'
import { EVERY_ANSWER } from './securityHeaders.mjs'
import { SERVER_ROUTES } from './serverRoutes.mjs'
import { bodyTooLarge } from './withBodyLimit'

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

/** The client closed its connection before its body had arrived: there is no one to answer. */
class ClientGone extends Error {}

/**
 * The body, read straight from the connection (no web stream and Request around it: they cost more than the vote's
 * own checks): null when it is larger than `limit`, by its Content-Length at once or by counting what arrives. A body
 * refused is then discarded as it arrives rather than destroyed: destroying the request would cut the connection
 * under the answer, and the client, still sending, would never read it.
 */
const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | null> => {
  if (Number(req.headers['content-length']) > limit) {
    req.resume()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const take = (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', take)
      req.resume()
      resolve(null)
    }
    req.on('data', take)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    // A client that goes away mid-body gets no answer, and the vote is not waited for
    req.once('error', () => reject(new ClientGone()))
    req.once('close', () => {
      if (!req.complete) reject(new ClientGone())
    })
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
  const route = (req: IncomingMessage) => {
    if (req.method !== 'POST') return null
    const caseId = caseIdIn(req.url)
    if (caseId === null) return null
    return async (res: ServerResponse): Promise<boolean> => {
      try {
        const headers = headersOf(req)
        if (carriesCredentials(await getPayload({ config, cron: true }), headers)) return false
        const body = await readBody(req, BODY_LIMITS.api)
        // Never null: a request with credentials went to Next above
        const response =
          body === null
            ? bodyTooLarge(headers, BODY_LIMITS.api)
            : ((await anonymousVote(
                config,
                { headers, json: async () => JSON.parse(body.toString('utf8')) },
                caseId,
              )) as Response)
        await send(res, response)
      } catch (error) {
        if (error instanceof ClientGone) return true
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
