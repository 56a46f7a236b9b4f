import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** What readers may see of the call: cases in the public vote, in publicity, and the excellent ones. */
export const PUBLIC_STATUSES: readonly string[] = ['shortlisted', 'proposed', 'excellent']

const ownUnit = (organization: unknown): Where | null => {
  const id = relationId(organization as never)
  return id == null ? null : { organization: { equals: id } }
}

/**
 * Editors and admins read every case; a reviewer the cases assigned to them, never drafts; a unit its own cases;
 * everyone else only the public ones. A person with several roles gets all their roles allow.
 */
export const readCases: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const or: Where[] = [{ status: { in: [...PUBLIC_STATUSES] } }]
  if (user && hasRole(user, 'reviewer')) {
    or.push({ and: [{ assignedReviewers: { in: [user.id] } }, { status: { not_equals: 'draft' } }] })
  }
  const own = hasRole(user, 'submitter') ? ownUnit(user?.organization) : null
  if (own) or.push(own)
  return { or }
}

export const createCases: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') || (hasRole(user, 'submitter') && relationId(user?.organization) != null)

/** A unit edits its own case only while it is a draft or returned for changes. */
export const updateCases: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = hasRole(user, 'submitter') ? ownUnit(user?.organization) : null
  return own ? { and: [own, { status: { in: ['draft', 'returned'] } }] } : false
}

export const deleteCases: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'submitter') ? ownUnit(user?.organization) : null
  return own ? { and: [own, { status: { equals: 'draft' } }] } : false
}

/** Contact details: the case's own unit, editors and admins; never readers or reviewers. */
export const readContact: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin', 'editor') ||
  (hasRole(user, 'submitter') && relationId(user?.organization) === relationId(doc?.organization))

export const editorsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
