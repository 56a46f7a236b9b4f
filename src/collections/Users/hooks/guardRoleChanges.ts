import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole, sameRoles } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'

/**
 * Field access alone would drop a non-admin's role change silently; refusing it outright tells the caller.
 * Only admins set roles or move an account between units, so nobody can raise their own role.
 */
export const guardRoleChanges: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  if (!data || !req.user || hasRole(req.user, 'admin')) return data
  const before = operation === 'create' ? [] : (originalDoc?.roles ?? [])
  if (data.roles !== undefined && !sameRoles(before, data.roles ?? [])) {
    throw new UserFacingError('rolesAdminOnly', 403, req)
  }
  const organizationBefore = relationId(originalDoc?.organization)
  if (data.organization !== undefined && relationId(data.organization) !== organizationBefore) {
    throw new UserFacingError('organizationAdminOnly', 403, req)
  }
  return data
}
