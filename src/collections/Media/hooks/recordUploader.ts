import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * Records who uploaded a file. What staff (or the system) upload is for the site and visible at once; a unit's upload
 * stays private until a public case shows it (see showCaseMediaToReaders).
 */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.user) data.uploadedBy = req.user.id
  data.visibleToReaders = !req.user || isStaffUser(req.user)
  return data
}
