import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * Readers may not read staff accounts, yet the meta line names the responsible editor (责任编辑): the name is
 * copied onto the article whenever the editor is set or changed.
 */
export const copyEditorName: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.responsibleEditor === undefined) return data
  const id = relationId(data.responsibleEditor)
  if (id == null) {
    data.responsibleEditorName = null
    return data
  }
  if (id === relationId(originalDoc?.responsibleEditor) && originalDoc?.responsibleEditorName) return data
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { name: true, email: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  data.responsibleEditorName = user?.name || null
  return data
}
