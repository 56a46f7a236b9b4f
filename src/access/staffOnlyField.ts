import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Fields only the newsroom's own people read: units see what happened to their case, not which reviewer did it. */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
