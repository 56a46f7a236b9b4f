import type { Access } from 'payload'

import { isStaffUser } from './roles'
import { relationId } from '@/lib/relationId'

/** Staff read every unit; a submitter reads only the unit it belongs to; readers none. */
export const staffOrOwnOrganization: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isStaffUser(user)) return true
  const organization = relationId(user.organization)
  return organization == null ? false : { id: { equals: organization } }
}
