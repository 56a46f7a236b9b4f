import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole, sameRoles } from '@/access/roles'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'

/**
 * Only admins set roles or move an account between units, so nobody can raise their own role. Field access alone
 * would drop such a change silently before any later hook sees it; this runs first and refuses it outright.
 * An unchanged value passes, because the admin's account form sends every field back.
 */
export const guardRoleChanges: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.user || hasRole(req.user, 'admin')) return args
  const data = (args as { data?: { roles?: string[] | null; organization?: unknown } }).data
  if (!data || (data.roles === undefined && data.organization === undefined)) return args
  const id = (args as { id?: number | string }).id
  const original =
    operation === 'update' && id != null
      ? await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })
      : null
  if (data.roles !== undefined && !sameRoles(original?.roles ?? [], data.roles ?? [])) {
    throw new UserFacingError('rolesAdminOnly', 403, req)
  }
  if (
    data.organization !== undefined &&
    relationId(data.organization as never) !== relationId(original?.organization)
  ) {
    throw new UserFacingError('organizationAdminOnly', 403, req)
  }
  return args
}
