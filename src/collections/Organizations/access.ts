import type { FieldAccess } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/**
 * A unit's contact person, phone and email: editors and admins, and the unit itself. Reviewers score cases blind, so
 * they see the unit's name but not whom to call — the same rule the case applies to its own contact fields.
 */
export const readUnitContact: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin', 'editor') ||
  (hasRole(user, 'submitter') && doc?.id != null && relationId(user?.organization) === doc.id)
