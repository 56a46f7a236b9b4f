import type { Endpoint } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { UserFacingError } from '@/lib/UserFacingError'
import { blendedRanking, campaignWeights, meanOfTotals } from '@/workflow/scoring'

import { shortlistForRanking } from './shortlistForRanking'

/**
 * GET /api/campaigns/:id/ranking (editors and admins): the shortlisted cases ranked by the blended score, the mean
 * expert score and the vote share weighted as the campaign says, with both parts shown. Reviewers are staff but not
 * shown it: the means would tell them other reviewers' scores before they have scored (blind review), and deciding
 * from the ranking is the editors' step.
 *
 * Editors may read every case and review, so both are read with only the columns the ranking needs, straight from
 * the tables where the adapter allows (./shortlistForRanking.ts).
 */
export const rankingEndpoint: Endpoint = {
  path: '/:id/ranking',
  method: 'get',
  handler: async (req) => {
    requireEditor(req)
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: req.routeParams?.id as string,
      depth: 0,
      select: { caseCall: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!campaign) throw new UserFacingError('campaignNotFound', 404, req)
    const { cases, totalsByCase } = await shortlistForRanking(req, campaign.id)
    const weights = campaignWeights(campaign.caseCall)
    const ranked = blendedRanking(
      cases.map((doc) => {
        const totals = totalsByCase.get(String(doc.id)) ?? []
        return {
          id: doc.id,
          title: doc.title,
          type: doc.type,
          votes: doc.votes,
          reviews: totals.length,
          expertMean: meanOfTotals(totals),
        }
      }),
      weights,
    )
    return Response.json({ weights, cases: ranked })
  },
}
