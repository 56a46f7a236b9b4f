import type { Payload } from 'payload'

import type { CaseSubmission, User } from '@/payload-types'

import type { ReviewSeed } from './caseSeed'
import { context } from './helpers'

/**
 * Each assigned reviewer's review, written as that reviewer through the collection's own rules: the case must be
 * assigned to them and on the shortlist, the scores whole numbers from 1 to 10, the total computed by the hook.
 */
export const writeReviews = async (
  payload: Payload,
  caseId: CaseSubmission['id'],
  reviews: { reviewer: User; seed: ReviewSeed; at: Date }[],
): Promise<number> => {
  for (const { reviewer, seed, at } of reviews) {
    await payload.create({
      collection: 'case-reviews',
      data: {
        case: caseId,
        scores: seed.scores,
        comment: seed.comment,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
      },
      user: reviewer,
      overrideAccess: true,
      context,
      depth: 0,
    })
  }
  return reviews.length
}
