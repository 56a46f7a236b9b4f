import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { UserFacingError } from '@/lib/UserFacingError'

const refuseIfLastAdmin = async (req: PayloadRequest, id: string | number) => {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    req,
  })
  if (totalDocs === 0) throw new UserFacingError('lastAdmin', 409, req)
}

/** Without an administrator nobody could manage accounts again. */
export const keepOneAdminOnChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const losesAdmin = hasRole(originalDoc, 'admin') && data.roles !== undefined && !hasRole(data, 'admin')
  if (losesAdmin) await refuseIfLastAdmin(req, originalDoc.id)
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })
  if (hasRole(doc, 'admin')) await refuseIfLastAdmin(req, id)
}
