import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { mayReview } from '@/workflow/reviewerAssignment'

/** Whoever assigns, by hand or automatically: only reviewers, never for their own unit or a declared conflict. */
export const checkReviewers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.assignedReviewers === undefined) return data
  const ids = (data.assignedReviewers ?? []).map((value: unknown) => relationId(value as never))
  if (ids.length === 0) return data
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
