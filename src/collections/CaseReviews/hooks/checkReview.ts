import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { reviewTotal, validateScores, type Scores } from '@/workflow/scoring'

/**
 * A review belongs to the reviewer who writes it, for a shortlisted case assigned to them, once per case; the
 * scores are whole numbers from 1 to 10 and the total is computed, never sent.
 */
export const checkReview: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const caseId = relationId(data.case ?? originalDoc?.case)
  if (operation === 'create') data.reviewer = req.user?.id
  const reviewer = relationId(data.reviewer ?? originalDoc?.reviewer)
  const caseDoc =
    caseId == null
      ? null
      : await req.payload.findByID({
          collection: 'case-submissions',
          id: caseId,
          depth: 0,
          select: { status: true, assignedReviewers: true },
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (!caseDoc) throw new UserFacingError('reviewCaseMissing', 400, req)
  const assigned = (caseDoc.assignedReviewers ?? []).some((id) => String(relationId(id)) === String(reviewer))
  if (!assigned) throw new UserFacingError('reviewNotAssigned', 403, req)
  if (caseDoc.status !== 'shortlisted') throw new UserFacingError('reviewNotOpen', 409, req)
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'case-reviews',
      where: { and: [{ case: { equals: caseId } }, { reviewer: { equals: reviewer } }] },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) throw new UserFacingError('reviewExists', 409, req)
  }
  const scores = { ...originalDoc?.scores, ...data.scores }
  if (!validateScores(scores).ok) throw new UserFacingError('reviewScoresInvalid', 400, req)
  data.total = reviewTotal(scores as Scores)
  return data
}
