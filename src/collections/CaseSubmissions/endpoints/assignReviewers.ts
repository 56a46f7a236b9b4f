import type { Endpoint } from 'payload'

import { requireEditor } from '@/access/requireRole'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { assignByLoad } from '@/workflow/reviewerAssignment'

/** Cases still in review count towards a reviewer's load. */
const OPEN_STATUSES = ['submitted', 'shortlisted']

/**
 * POST /api/case-submissions/:id/assign-reviewers {"count": 2}: editors top a case up to `count` reviewers,
 * choosing eligible reviewers with the fewest open cases. Three queries whatever the numbers.
 */
export const assignReviewersEndpoint: Endpoint = {
  path: '/:id/assign-reviewers',
  method: 'post',
  handler: async (req) => {
    requireEditor(req)
    const body = await req.json?.().catch(() => null)
    const count = Number.isInteger(body?.count) ? Math.min(Math.max(body.count, 1), 5) : 2
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) throw new UserFacingError('caseNotFound', 404, req)
    const [reviewers, open] = await Promise.all([
      req.payload.find({
        collection: 'users',
        where: { roles: { contains: 'reviewer' } },
        pagination: false,
        depth: 0,
        select: { organization: true, conflicts: true },
        req,
        overrideAccess: true,
      }),
      req.payload.find({
        collection: 'case-submissions',
        where: { status: { in: OPEN_STATUSES } },
        pagination: false,
        depth: 0,
        select: { assignedReviewers: true },
        req,
        overrideAccess: true,
      }),
    ])
    const load = new Map<string, number>()
    for (const item of open.docs) {
      for (const reviewer of item.assignedReviewers ?? []) {
        const key = String(relationId(reviewer))
        load.set(key, (load.get(key) ?? 0) + 1)
      }
    }
    const assignedReviewers = assignByLoad(
      reviewers.docs.map((user) => ({
        id: user.id,
        organization: relationId(user.organization),
        conflicts: (user.conflicts ?? []).map((unit) => relationId(unit) as number),
      })),
      relationId(doc.organization),
      (doc.assignedReviewers ?? []).map((reviewer) => relationId(reviewer) as number),
      load,
      count,
    ) as number[]
    const updated = await req.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: { assignedReviewers },
      req,
      overrideAccess: true,
    })
    return Response.json({ doc: updated })
  },
}
