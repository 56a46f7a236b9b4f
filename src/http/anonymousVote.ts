import { initI18n } from '@payloadcms/translations'
import {
  getPayload,
  getRequestLanguage,
  headersWithCors,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { voteEndpoint } from '@/collections/CaseSubmissions/endpoints/vote'

type Config = SanitizedConfig | Promise<SanitizedConfig>

/** The case id when the REST route's segments (decoded, as Next gives them) address a case's vote, else null. */
export const votedCaseId = (slug: string[]): string | null =>
  slug.length === 3 && slug[0] === 'case-submissions' && slug[2] === 'vote' ? slug[1] : null

/** The error body Payload's REST handler answers with (its formatErrors, with keepErrorData's `data` kept). */
const errorResponse = (req: PayloadRequest, error: unknown) => {
  const { payload } = req
  const { name, message, data, isPublic, status } = error as Error & {
    data?: unknown
    isPublic?: boolean
    status?: number
  }
  const levels = payload.config.loggingLevels as Record<string, 'debug' | 'info' | 'warn' | 'error' | false | undefined>
  const level = levels[name] ?? 'error'
  if (level) payload.logger[level](level === 'info' ? { msg: message } : { err: error })
  const body = isPublic
    ? { errors: [data ? { name, message, data } : { message }] }
    : { errors: [{ message: 'Something went wrong.' }] }
  const headers = headersWithCors({ headers: new Headers(), req })
  return Response.json(body, {
    status: status ?? 500,
    headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, headers) : headers,
  })
}

/** What the vote reads of a request: a Request will do, and so will the parts server.mjs reads off the connection. */
export type VoteRequest = Pick<Request, 'headers' | 'json'>

/**
 * Whether a request names a user to any of Payload's auth strategies: a JWT in the cookie or the Authorization
 * header, or an API key in the latter.
 */
export const carriesCredentials = (payload: Payload, headers: Headers) =>
  headers.has('authorization') || parseCookies(headers).has(`${payload.config.cookiePrefix}-token`)

/**
 * A reader's vote (no account) without Payload's general REST handling: the public vote is the one write that comes
 * by the thousand, and building Payload's whole request for it (auth strategies, query parsing, a data loader,
 * matching every endpoint of the collection by compiling its path) cost more than judging and storing the vote.
 * The vote itself is the collection's own endpoint (voteEndpoint): the same handler, rules and refusals, given the
 * parts of a request it reads: the payload, the case id, the headers, the body and the language of a refusal.
 * Null for a request with credentials (carriesCredentials): it goes the usual way (apiRoutes.ts), so a signed-in voter
 * is known as such.
 */
export const anonymousVote = async (config: Config, request: VoteRequest, caseId: string): Promise<Response | null> => {
  const payload = await getPayload({ config, cron: true })
  if (carriesCredentials(payload, request.headers)) return null
  const cookies = parseCookies(request.headers)
  const language = getRequestLanguage({ config: payload.config, cookies, headers: request.headers })
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
  const req = Object.assign(request, {
    payload,
    i18n,
    t: i18n.t,
    user: null,
    context: {},
    payloadAPI: 'REST',
    query: {},
    routeParams: { id: caseId, collection: 'case-submissions' },
  }) as unknown as PayloadRequest
  try {
    const response = await voteEndpoint.handler(req)
    return new Response(response.body, {
      status: response.status,
      headers: headersWithCors({ headers: mergeHeaders(req.responseHeaders ?? new Headers(), response.headers), req }),
    })
  } catch (error) {
    return errorResponse(req, error)
  }
}
