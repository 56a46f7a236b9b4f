import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { PUBLISH_REQUIREMENTS, missingForPublish, publishRefusal } from '@/workflow/publishGuard'

/**
 * Refuses to publish an incomplete article and names every missing field. REST clients get a stable English
 * `message` listing the field names; each field is marked in the admin with its Chinese message, and the entry
 * without a path is the admin's Chinese notice. Drafts and autosaves are never blocked.
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
  throw new APIError(
    `Cannot publish: missing ${missing.join(', ')}`,
    400,
    {
      code: 'publishIncomplete',
      collection: 'articles',
      errors: [
        ...missing.map((path) => ({ path, message: PUBLISH_REQUIREMENTS[path].zh })),
        { message: publishRefusal(missing) },
      ],
    },
    true,
  )
}
