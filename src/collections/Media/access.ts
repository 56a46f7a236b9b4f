import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** Editors and admins manage the whole library; anyone else only what they uploaded. */
export const editorOrUploader: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { uploadedBy: { equals: user.id } }
}

/**
 * Staff see the whole library. Readers see what staff put up for the site and what public cases show (see
 * `visibleToReaders`); a unit also sees its own uploads, which stay private while its case is a draft, under review,
 * returned or rejected. The same rule guards the file itself under /api/media/file/.
 */
export const readMedia: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const or: Where[] = [{ visibleToReaders: { equals: true } }]
  if (user) or.push({ uploadedBy: { equals: user.id } })
  const unit = hasRole(user, 'submitter') ? relationId(user?.organization) : null
  if (unit != null) or.push({ 'uploadedBy.organization': { equals: unit } })
  return { or }
}

/** Set by hooks only: when a file is uploaded, and when a case that shows it becomes public or stops being so. */
export const never: FieldAccess = () => false
