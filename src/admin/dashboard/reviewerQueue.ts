import type { Payload, Where } from 'payload'

import { relationId } from '@/lib/relationId'

import { dashboardRead } from './dashboardRead'

type Id = number | string

// A reviewer is assigned a few dozen cases a campaign at most; the cap only bounds the query
const REVIEWS_READ = 1000
const QUEUE_SHOWN = 20

/** The cases this reviewer has already scored. */
export const scoredCaseIds = async (payload: Payload, reviewer: Id): Promise<Id[]> => {
  const { docs } = await payload.find({
    ...dashboardRead,
    collection: 'case-reviews',
    where: { reviewer: { equals: reviewer } },
    limit: REVIEWS_READ,
    pagination: false,
    select: { case: true },
  })
  return docs.flatMap((review) => {
    const id = relationId(review.case)
    return id == null ? [] : [id]
  })
}

/** Cases assigned to the reviewer and open for scoring that they have not scored yet: what 待评分 lists. */
export const toScoreWhere = (reviewer: Id, scored: Id[]): Where => ({
  and: [
    { assignedReviewers: { in: [reviewer] } },
    { status: { equals: 'shortlisted' } },
    ...(scored.length ? [{ id: { not_in: scored } }] : []),
  ],
})

export type ReviewerQueue = {
  assigned: number
  scored: number
  toScore: { id: Id; title: string; type: string }[]
  toScoreTotal: number
}

export const reviewerQueue = async (payload: Payload, reviewer: Id): Promise<ReviewerQueue> => {
  const scored = await scoredCaseIds(payload, reviewer)
  const [assigned, toScore] = await Promise.all([
    payload.count({
      ...dashboardRead,
      collection: 'case-submissions',
      where: { assignedReviewers: { in: [reviewer] } },
    }),
    payload.find({
      ...dashboardRead,
      collection: 'case-submissions',
      where: toScoreWhere(reviewer, scored),
      sort: 'createdAt',
      limit: QUEUE_SHOWN,
      select: { title: true, type: true },
    }),
  ])
  return {
    assigned: assigned.totalDocs,
    scored: scored.length,
    toScore: toScore.docs.map((doc) => ({ id: doc.id, title: doc.title, type: doc.type })),
    toScoreTotal: toScore.totalDocs,
  }
}
