import { listingKey } from '@/collections/ArticleListings/listingKeys'
import type { Region } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'
import { regionsWithin } from './regionTree'

export type RegionCount = Pick<Region, 'id' | 'code' | 'name'> & { articles: number; events: number }

/**
 * The regions one level below `parentId`, each with how many published articles and events name it or one of its
 * own sub-regions (an article about 永安市 counts once for 三明市, however many of its places lie there). Every figure
 * is one indexed count in the database: articles through their listing rows, events by their one region.
 */
export const regionGrid = cached(
  async (options: ReadOptions, parentId: number | string): Promise<RegionCount[]> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const { docs: children } = await payload.find({
      collection: 'regions',
      overrideAccess: false,
      where: { parent: { equals: parentId } },
      sort: 'code',
      pagination: false,
      depth: 0,
      select: { code: true, name: true },
    })
    const within = await regionsWithin(
      payload,
      children.map((child) => child.id),
    )
    return Promise.all(
      children.map(async (child) => {
        const [articles, events] = await Promise.all([
          payload.count({
            collection: 'article-listings',
            where: { listing: { equals: listingKey.region(child.id) } },
            overrideAccess: false,
          }),
          payload.count({
            collection: 'livestream-events',
            where: { region: { in: within.get(String(child.id)) ?? [child.id] } },
            ...access,
          }),
        ])
        return {
          id: child.id,
          code: child.code,
          name: child.name,
          articles: articles.totalDocs,
          events: events.totalDocs,
        }
      }),
    )
  },
  'region-grid',
  () => [CACHE_TAGS.articles, CACHE_TAGS.events, CACHE_TAGS.regions],
)
