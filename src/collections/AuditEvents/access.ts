import type { Access } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** Staff read the whole trail; a unit reads the trail of its own cases. */
export const readAuditEvents: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const unit = hasRole(user, 'submitter') ? relationId(user?.organization) : null
  return unit == null ? false : { organization: { equals: unit } }
}
