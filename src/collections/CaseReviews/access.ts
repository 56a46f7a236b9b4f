import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Blind scoring: a reviewer reads their own reviews, and other reviewers' reviews of a case only once they have
 * reviewed it themselves. Editors and admins read all; units and readers none.
 */
export const readReviews: Access = async ({ req }) => {
  const { user } = req
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'reviewer')) return false
  const mine = await req.payload.find({
    collection: 'case-reviews',
    where: { reviewer: { equals: user.id } },
    pagination: false,
    depth: 0,
    select: { case: true },
    req,
    overrideAccess: true,
  })
  const reviewed = mine.docs.map((review) => (typeof review.case === 'object' ? review.case.id : review.case))
  const or: Where[] = [{ reviewer: { equals: user.id } }, { case: { in: reviewed } }]
  return { or }
}

export const isReviewer: Access = ({ req: { user } }) => hasRole(user, 'reviewer')

/** A reviewer changes only their own review; the hook checks the case is still being scored. */
export const ownReview: Access = ({ req: { user } }) =>
  hasRole(user, 'reviewer') && user ? { reviewer: { equals: user.id } } : false
