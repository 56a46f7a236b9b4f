import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
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
  const marks = missing.map((path) => ({ path, message: PUBLISH_REQUIREMENTS[path].zh }))
  throw new UserFacingError(
    'publishIncomplete',
    400,
    req,
    { fields: missing.join(', ') },
    {
      text: publishRefusal(missing),
      marks,
      data: { collection: 'articles' },
    },
  )
}
