import { listingKey } from '@/collections/ArticleListings/listingKeys'
import type { Region } from '@/payload-types'

import { listedArticles, type ArticleSummary, type Listed } from './articles'
import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import type { ShowcaseCase } from './cases'
import type { EventSummary } from './events'
import { readPairings, type PairingSummary } from './pairings'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'
import { regionsWithin } from './regionTree'

/** A division code as the regions collection stores it: 6 digits (province, city, county) or 12 (township). */
export const REGION_CODE = /^\d{6}(\d{6})?$/

const LIST_LIMIT = 20

type RegionRef = Pick<Region, 'id' | 'code' | 'name' | 'level'>

export type RegionPage = {
  region: RegionRef & { fullName?: string | null }
  parent: RegionRef | null
  children: RegionRef[]
  articles: Listed<ArticleSummary>
  events: Listed<Pick<EventSummary, 'id' | 'title' | 'slug' | 'startsAt' | 'region'>>
  cases: Listed<ShowcaseCase>
  /** Pairs (对口帮扶) in which this region or one within it helps or is helped. */
  pairings: PairingSummary[]
}

const REF = { code: true, name: true, level: true } as const

/**
 * Everything published about one region and every region within it (a city's counties and their townships): the
 * newest articles, events and excellent cases, each with its full count, and the pairs either side of which lies
 * here, every one an indexed query. Null for a
 * code that is malformed or names no region.
 */
export const getRegionPage = cached(
  async (options: ReadOptions, code: string): Promise<RegionPage | null> => {
    if (!REGION_CODE.test(code)) return null
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const found = await payload.find({
      collection: 'regions',
      overrideAccess: false,
      where: { code: { equals: code } },
      limit: 1,
      pagination: false,
      depth: 1,
      select: { ...REF, fullName: true, parent: true },
    })
    const region = found.docs[0]
    if (!region) return null
    const { docs: children } = await payload.find({
      collection: 'regions',
      overrideAccess: false,
      where: { parent: { equals: region.id } },
      sort: 'code',
      pagination: false,
      depth: 0,
      select: REF,
    })
    const within = (await regionsWithin(payload, [region.id])).get(String(region.id)) ?? [region.id]
    const [articles, events, cases, pairings] = await Promise.all([
      listedArticles(options, listingKey.region(region.id), LIST_LIMIT),
      payload.find({
        collection: 'livestream-events',
        where: { region: { in: within } },
        sort: '-startsAt',
        limit: LIST_LIMIT,
        depth: 1,
        select: { title: true, slug: true, startsAt: true, region: true },
        ...access,
      }),
      payload.find({
        collection: 'case-submissions',
        where: {
          and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }, { region: { in: within } }],
        },
        sort: '-updatedAt',
        limit: LIST_LIMIT,
        depth: 1,
        select: { title: true, summary: true, type: true, region: true, photos: true },
        ...access,
      }),
      readPairings(options, { regions: within }),
    ])
    const parent = typeof region.parent === 'object' && region.parent ? (region.parent as RegionRef) : null
    return {
      region: { id: region.id, code: region.code, name: region.name, level: region.level, fullName: region.fullName },
      parent: parent ? { id: parent.id, code: parent.code, name: parent.name, level: parent.level } : null,
      children: children as RegionRef[],
      articles,
      events: { docs: events.docs as RegionPage['events']['docs'], total: events.totalDocs },
      cases: { docs: cases.docs as ShowcaseCase[], total: cases.totalDocs },
      pairings,
    }
  },
  'region-page',
  () => [CACHE_TAGS.articles, CACHE_TAGS.events, CACHE_TAGS.cases, CACHE_TAGS.regions, CACHE_TAGS.pairings],
)
