import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { PUBLISH_REQUIREMENTS, missingForPublish } from '@/workflow/publishGuard'

/**
 * Refuses to publish an incomplete article and names every missing field: the admin marks each field with the
 * Chinese message, REST clients get the same list. Drafts and autosaves are never blocked.
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
  throw new ValidationError(
    {
      collection: 'articles',
      errors: missing.map((path) => ({ path, message: PUBLISH_REQUIREMENTS[path].zh })),
    },
    // Without a translator the summary stays English and stable for API clients:
    // "The following fields are invalid: source, responsibleEditor, …".
  )
}
