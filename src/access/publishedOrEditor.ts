import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins see drafts; everyone else, logged in or not, only what is published. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
