import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * "福建省 三明市 永安市": the name alone is ambiguous (every municipality has a 市辖区). The bulk loader already
 * knows the full name and says so in the context, which saves one lookup per region.
 */
export const fillFullName: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  if (context.fullNameKnown && data.fullName) return data
  const name = data.name ?? originalDoc?.name
  const parentId = relationId(data.parent !== undefined ? data.parent : originalDoc?.parent)
  if (parentId == null) {
    data.fullName = name
    return data
  }
  const parent = await req.payload.findByID({
    collection: 'regions',
    id: parentId,
    depth: 0,
    select: { fullName: true },
    req,
  })
  data.fullName = `${parent.fullName} ${name}`
  return data
}
