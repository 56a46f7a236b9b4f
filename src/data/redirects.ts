import { relationId } from '@/lib/relationId'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import type { ReadOptions } from './readOptions'

const PATHS: Record<string, string> = { articles: '/articles', topics: '/topics', 'livestream-events': '/live' }

/** Where an old address now lives, from the redirects editors (and slug changes) record; null when nowhere. */
export const findRedirect = cached(
  async (_options: ReadOptions, from: string): Promise<string | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      depth: 1,
      pagination: false,
      overrideAccess: false,
    })
    const to = docs[0]?.to
    if (!to) return null
    if (to.type === 'custom') return to.url ?? null
    const target = to.reference
    if (!target || typeof target.value !== 'object' || relationId(target.value) == null) return null
    const slug = (target.value as { slug?: string }).slug
    return slug ? `${PATHS[target.relationTo]}/${slug}` : null
  },
  'redirect',
  (_from: string) => [CACHE_TAGS.redirects],
)
