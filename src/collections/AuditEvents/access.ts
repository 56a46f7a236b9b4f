import type { Access, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/**
 * Editors and admins read the whole trail; a reviewer the trail of the cases assigned to it (never drafts, as with
 * the cases themselves), since the comments explain decisions on cases it may not open; a unit the trail of its own
 * cases. A person with several roles gets all their roles allow.
 */
export const readAuditEvents: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  const or: Where[] = []
  if (hasRole(user, 'reviewer')) {
    or.push({ and: [{ 'case.assignedReviewers': { in: [user.id] } }, { 'case.status': { not_equals: 'draft' } }] })
  }
  const unit = hasRole(user, 'submitter') ? relationId(user.organization) : null
  if (unit != null) or.push({ organization: { equals: unit } })
  return or.length === 0 ? false : { or }
}
