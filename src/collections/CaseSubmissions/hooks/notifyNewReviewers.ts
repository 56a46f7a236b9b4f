import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { notifyAssignment } from '@/notifications'
import type { CaseSubmission } from '@/payload-types'

const reviewerIds = (doc: Pick<CaseSubmission, 'assignedReviewers'> | undefined) =>
  (doc?.assignedReviewers ?? []).map((reviewer) => relationId(reviewer) as number)

/**
 * However reviewers come onto a case (the admin, a plain update, the automatic assignment), the new ones are told.
 * Not awaited: the update's answer must not wait for the mail server. `context.disableNotifications` keeps bulk
 * loads such as the demo content quiet.
 */
export const notifyNewReviewers: CollectionAfterChangeHook<CaseSubmission> = ({
  doc,
  previousDoc,
  operation,
  context,
  req,
}) => {
  if (context.disableNotifications) return doc
  const before = new Set(operation === 'update' ? reviewerIds(previousDoc) : [])
  const added = reviewerIds(doc).filter((id) => id != null && !before.has(id))
  if (added.length) void notifyAssignment(req.payload, { caseId: doc.id, reviewerIds: added })
  return doc
}
