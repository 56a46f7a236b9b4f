import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { mayReview } from '@/workflow/reviewerAssignment'

/** Whoever assigns, by hand or automatically: only reviewers, never for their own unit or a declared conflict. */
export const checkReviewers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.assignedReviewers === undefined) return data
  const given = (data.assignedReviewers ?? []).map((value: unknown) => relationId(value as never))
  // A reviewer named twice is assigned once (an editor adding someone already on the list is not a mistake)
  const ids = [...new Map(given.map((id: unknown) => [String(id), id])).values()]
  if (ids.length === 0) return data
  data.assignedReviewers = ids
  const caseOrganization = relationId(data.organization ?? originalDoc?.organization)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { roles: true, organization: true, conflicts: true },
    req,
    overrideAccess: true,
  })
  const eligible = docs.filter(
    (user) =>
      hasRole(user, 'reviewer') &&
      mayReview(
        {
          id: user.id,
          organization: relationId(user.organization),
          conflicts: (user.conflicts ?? []).map((unit) => relationId(unit) as number),
        },
        caseOrganization,
      ),
  )
  if (eligible.length !== ids.length) throw new UserFacingError('reviewerNotEligible', 400, req)
  return data
}
