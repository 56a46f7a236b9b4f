import type { Endpoint } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'
import { issueChallenge, type ProofPurpose } from '@/proofOfWork/challenge'

const PURPOSES: ProofPurpose[] = ['vote', 'objection']

/**
 * GET /api/case-submissions/:id/challenge?purpose=vote|objection — a proof-of-work challenge for one vote or one
 * objection on this case (src/proofOfWork). Stateless and cheap, so it is not limited itself; never cached, since
 * every challenge must be new.
 */
export const challengeEndpoint: Endpoint = {
  path: '/:id/challenge',
  method: 'get',
  handler: async (req) => {
    const purpose = req.searchParams.get('purpose') as ProofPurpose
    if (!PURPOSES.includes(purpose)) throw new UserFacingError('purposeInvalid', 400, req)
    const rawId = String(req.routeParams?.id ?? '')
    const caseId = documentIdFrom(rawId, idShape(req.payload, 'case-submissions'))
    if (caseId === null) throw new UserFacingError('caseNotFound', 404, req)
    const challenge = await issueChallenge(req.payload.secret, purpose, caseId)
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } })
  },
}
