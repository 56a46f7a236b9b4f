import type { Endpoint } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'
import { issueChallenge } from '@/proofOfWork/challenge'

import { pageRefFrom, proofSubject } from '../commentedPage'

/**
 * GET /api/comments/challenge?purpose=comment&relationTo=articles&id=12 — a proof-of-work challenge for one comment
 * on that page (src/proofOfWork). Stateless and cheap like the case's: the page is looked up when the comment comes.
 * Never cached, since every challenge must be new.
 */
export const commentChallengeEndpoint: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async (req) => {
    if (req.searchParams.get('purpose') !== 'comment') throw new UserFacingError('commentPurposeInvalid', 400, req)
    const page = pageRefFrom(req, req.searchParams.get('relationTo'), req.searchParams.get('id'))
    if (!page) throw new UserFacingError('commentPageNotFound', 404, req)
    const challenge = await issueChallenge(req.payload.secret, 'comment', proofSubject(page))
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } })
  },
}
