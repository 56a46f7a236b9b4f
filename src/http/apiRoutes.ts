import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { anonymousVote, votedCaseId } from './anonymousVote'
import { BODY_LIMITS, bodyLimitFor } from './bodyLimits'
import { withBodyLimit } from './withBodyLimit'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type RestArgs = { params: Promise<{ slug: string[] }> }

const restLimit = async ({ params }: RestArgs) => bodyLimitFor(`/api/${(await params).slug.join('/')}`)

/** Payload's POST handler, except for a reader's vote, which takes a shorter way to the same endpoint. */
const restPost = (config: Config) => {
  const payloadPost = REST_POST(config)
  return async (request: Request, args: RestArgs) => {
    const caseId = votedCaseId((await args.params).slug)
    return (caseId !== null && (await anonymousVote(config, request, caseId))) || payloadPost(request, args)
  }
}

/**
 * Payload's REST handlers (what app/(payload)/api/[...slug]/route.ts serves, and what the tests call), each behind
 * the body limit of its route.
 */
export const restRoutes = (config: Config) => ({
  GET: withBodyLimit(REST_GET(config), restLimit),
  POST: withBodyLimit(restPost(config), restLimit),
  DELETE: withBodyLimit(REST_DELETE(config), restLimit),
  PATCH: withBodyLimit(REST_PATCH(config), restLimit),
  PUT: withBodyLimit(REST_PUT(config), restLimit),
  OPTIONS: REST_OPTIONS(config),
})

/** Payload's GraphQL handler (app/(payload)/api/graphql/route.ts) behind the API's body limit. */
export const graphqlRoutes = (config: Config) => ({
  POST: withBodyLimit(GRAPHQL_POST(config), () => BODY_LIMITS.api),
  OPTIONS: REST_OPTIONS(config),
})
