import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Editors and admins manage the whole library; anyone else only what they uploaded. */
export const editorOrUploader: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { uploadedBy: { equals: user.id } }
}
