import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { fromAdminUi } from '@/lib/fromAdminUi'
import { relationId } from '@/lib/relationId'
import { asUserFacing } from '@/lib/UserFacingError'
import { PUBLISH_REQUIREMENTS, missingForPublish, publishRefusal } from '@/workflow/publishGuard'

/**
 * Refuses to publish an incomplete article and names every missing field. Each field is marked with its Chinese
 * message; the admin's notice says in one Chinese sentence what to complete; REST clients get a stable English
 * `message` and the same sentence as the last entry. Drafts and autosaves are never blocked.
 */
export const guardPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const merged = { ...originalDoc, ...data }
  const heroId = relationId(merged.heroImage)
  const heroImage =
    heroId == null
      ? null
      : await req.payload
          .findByID({ collection: 'media', id: heroId, depth: 0, select: { alt: true }, req, disableErrors: true })
          .catch(() => null)
  const missing = missingForPublish({ ...merged, responsibleEditor: relationId(merged.responsibleEditor), heroImage })
  if (missing.length === 0) return data
  const admin = fromAdminUi(req)
  const fields = missing.map((path) => ({ path, message: PUBLISH_REQUIREMENTS[path].zh }))
  throw asUserFacing(
    new APIError(
      admin ? publishRefusal(missing) : `Cannot publish: missing ${missing.join(', ')}`,
      400,
      {
        code: 'publishIncomplete',
        collection: 'articles',
        errors: admin ? fields : [...fields, { message: publishRefusal(missing) }],
      },
      true,
    ),
  )
}
