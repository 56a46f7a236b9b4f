import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from './isEditorOrAdmin'
import { publishedOrEditor } from './publishedOrEditor'

/** Articles, topics and events: editors and admins do everything; everyone else reads what is published. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrEditor,
  create: isEditorOrAdmin,
  update: isEditorOrAdmin,
  delete: isEditorOrAdmin,
  readVersions: isEditorOrAdmin,
}
