import { APIError, type Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { asUserFacing, UserFacingError } from '@/lib/UserFacingError'
import { blendedRanking, campaignWeights, expertMean, type Scores } from '@/workflow/scoring'

/**
 * GET /api/campaigns/:id/ranking (editors and admins): the shortlisted cases ranked by the blended score, the mean
 * expert score and the vote share weighted as the campaign says, with both parts shown. Two queries in all.
 * Reviewers are staff but not shown it: the means would tell them other reviewers' scores before they have scored
 * (blind review), and deciding from the ranking is the editors' step.
 */
export const rankingEndpoint: Endpoint = {
  path: '/:id/ranking',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor', 'admin')) throw new UserFacingError('editorsOnly', req.user ? 403 : 401, req)
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!campaign) throw asUserFacing(new APIError('Campaign not found', 404, { code: 'notFound' }, true))
    const cases = await req.payload.find({
      collection: 'case-submissions',
      where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'shortlisted' } }] },
      pagination: false,
      depth: 0,
      select: { title: true, votes: true, type: true },
      req,
      overrideAccess: true,
    })
    const reviews = await req.payload.find({
      collection: 'case-reviews',
      where: { case: { in: cases.docs.map((doc) => doc.id) } },
      pagination: false,
      depth: 0,
      select: { case: true, scores: true },
      req,
      overrideAccess: true,
    })
    const scoresByCase = new Map<string, Scores[]>()
    for (const review of reviews.docs) {
      const key = String(relationId(review.case))
      scoresByCase.set(key, [...(scoresByCase.get(key) ?? []), review.scores as Scores])
    }
    const weights = campaignWeights(campaign.caseCall)
    const ranked = blendedRanking(
      cases.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        type: doc.type,
        votes: doc.votes ?? 0,
        reviews: scoresByCase.get(String(doc.id))?.length ?? 0,
        expertMean: expertMean(scoresByCase.get(String(doc.id)) ?? []),
      })),
      weights,
    )
    return Response.json({ weights, cases: ranked })
  },
}
