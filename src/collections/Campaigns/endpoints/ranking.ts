import type { Endpoint } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { blendedRanking, campaignWeights, meanOfTotals } from '@/workflow/scoring'

type Id = string | number

// Reviews are asked for this many cases at a time, so no query carries thousands of ids.
const CASES_PER_QUERY = 1000

/**
 * GET /api/campaigns/:id/ranking (editors and admins): the shortlisted cases ranked by the blended score, the mean
 * expert score and the vote share weighted as the campaign says, with both parts shown. Reviewers are staff but not
 * shown it: the means would tell them other reviewers' scores before they have scored (blind review), and deciding
 * from the ranking is the editors' step.
 *
 * Editors may read every case and review, so both are read through the database adapter with only the columns the
 * ranking needs: Payload's own pass over every document (access, hooks, field by field) cost more than the queries
 * with a few thousand shortlisted cases.
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
    const { docs: cases } = await req.payload.db.find<{ id: Id; title: string; type: string; votes?: number | null }>({
      collection: 'case-submissions',
      where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'shortlisted' } }] },
      select: { title: true, type: true, votes: true },
      sort: 'id',
      pagination: false,
      limit: 0,
      req,
    })
    // Each review's total is its four scores' mean, computed whenever the review is written (checkReview): one
    // column read instead of four.
    const totalsByCase = new Map<string, number[]>()
    for (let start = 0; start < cases.length; start += CASES_PER_QUERY) {
      const { docs: reviews } = await req.payload.db.find<{ case: Id | { id: Id }; total: number }>({
        collection: 'case-reviews',
        where: { case: { in: cases.slice(start, start + CASES_PER_QUERY).map((doc) => doc.id) } },
        select: { case: true, total: true },
        pagination: false,
        limit: 0,
        req,
      })
      for (const review of reviews) {
        const key = String(relationId(review.case))
        const list = totalsByCase.get(key)
        if (list) list.push(review.total)
        else totalsByCase.set(key, [review.total])
      }
    }
    const weights = campaignWeights(campaign.caseCall)
    const ranked = blendedRanking(
      cases.map((doc) => {
        const totals = totalsByCase.get(String(doc.id)) ?? []
        return {
          id: doc.id,
          title: doc.title,
          type: doc.type,
          votes: doc.votes ?? 0,
          reviews: totals.length,
          expertMean: meanOfTotals(totals),
        }
      }),
      weights,
    )
    return Response.json({ weights, cases: ranked })
  },
}
