import type { Region } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type RegionCount = Pick<Region, 'id' | 'code' | 'name'> & { articles: number; events: number }

/**
 * The regions one level below `parentId`, each with how many published articles and events name it or one of
 * its own sub-regions (an article about 永安市 counts for 三明市). Two queries in all, counted in memory.
 */
export const regionGrid = cached(
  async (options: ReadOptions, parentId: number | string): Promise<RegionCount[]> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const children = await payload.find({
      collection: 'regions',
      where: { parent: { equals: parentId } },
      sort: 'code',
      pagination: false,
      depth: 0,
      select: { code: true, name: true, level: true },
    })
    const [articles, events] = await Promise.all([
      payload.find({ collection: 'articles', pagination: false, depth: 1, select: { regions: true }, ...access }),
      payload.find({
        collection: 'livestream-events',
        pagination: false,
        depth: 1,
        select: { region: true },
        ...access,
      }),
    ])
    const codesOf = (value: unknown): string[] =>
      (Array.isArray(value) ? value : [value])
        .map((region) => (region && typeof region === 'object' ? (region as Region).code : null))
        .filter((code): code is string => Boolean(code))
    // Division codes nest: a province's first two digits and a city's first four are shared by all below it.
    const prefixLength = { province: 2, city: 4 } as Record<string, number>
    const within = (code: string, child: Pick<Region, 'code' | 'level'>) =>
      code.startsWith(child.code.slice(0, prefixLength[child.level] ?? child.code.length))
    return children.docs.map((child) => ({
      id: child.id,
      code: child.code,
      name: child.name,
      articles: articles.docs.filter((doc) => codesOf(doc.regions).some((code) => within(code, child))).length,
      events: events.docs.filter((doc) => codesOf(doc.region).some((code) => within(code, child))).length,
    }))
  },
  'region-grid',
  () => [CACHE_TAGS.articles, CACHE_TAGS.events, CACHE_TAGS.regions],
)
