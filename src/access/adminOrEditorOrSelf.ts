import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors see every account (editors pick the responsible editor); anyone else only their own. */
export const adminOrEditorOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
