import type { CollectionBeforeValidateHook } from 'payload'

/** A fresh install's first account (from /admin/create-first-user) must be able to manage the rest. */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
