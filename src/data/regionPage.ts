import type { Region } from '@/payload-types'

import type { ArticleSummary } from './articles'
import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import type { ShowcaseCase } from './cases'
import type { EventSummary } from './events'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

/** A division code as the regions collection stores it: 6 digits (province, city, county) or 12 (township). */
export const REGION_CODE = /^\d{6}(\d{6})?$/

const LIST_LIMIT = 20

type RegionRef = Pick<Region, 'id' | 'code' | 'name' | 'level'>

export type Listed<T> = { docs: T[]; total: number }

export type RegionPage = {
  region: RegionRef & { fullName?: string | null }
  parent: RegionRef | null
  children: RegionRef[]
  articles: Listed<ArticleSummary>
  events: Listed<Pick<EventSummary, 'id' | 'title' | 'slug' | 'startsAt' | 'region'>>
  cases: Listed<ShowcaseCase>
}

const REF = { code: true, name: true, level: true } as const

/**
 * Everything published about one region and the regions within it (a city's counties, a province's cities and
 * their counties): the newest articles, events and excellent cases, each with its full count. Null for a code that
 * is malformed or names no region.
 */
export const getRegionPage = cached(
  async (options: ReadOptions, code: string): Promise<RegionPage | null> => {
    if (!REGION_CODE.test(code)) return null
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const found = await payload.find({
      collection: 'regions',
      where: { code: { equals: code } },
      limit: 1,
      pagination: false,
      depth: 1,
      select: { ...REF, fullName: true, parent: true },
    })
    const region = found.docs[0]
    if (!region) return null
    const below = async (parents: (number | string)[]) =>
      parents.length === 0
        ? []
        : ((
            await payload.find({
              collection: 'regions',
              where: { parent: { in: parents } },
              sort: 'code',
              pagination: false,
              depth: 0,
              select: REF,
            })
          ).docs as RegionRef[])
    const children = await below([region.id])
    // Townships are not listed as places to read about; a province reaches its counties through its cities
    const grandchildren = region.level === 'province' ? await below(children.map((child) => child.id)) : []
    const within = [region.id, ...children.map((child) => child.id), ...grandchildren.map((child) => child.id)]
    const [articles, events, cases] = await Promise.all([
      payload.find({
        collection: 'articles',
        where: { regions: { in: within } },
        sort: '-publishedAt',
        limit: LIST_LIMIT,
        depth: 0,
        select: { title: true, slug: true, kicker: true, summary: true, publishedAt: true },
        ...access,
      }),
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
    ])
    const parent = typeof region.parent === 'object' && region.parent ? (region.parent as RegionRef) : null
    return {
      region: { id: region.id, code: region.code, name: region.name, level: region.level, fullName: region.fullName },
      parent: parent ? { id: parent.id, code: parent.code, name: parent.name, level: parent.level } : null,
      children,
      articles: { docs: articles.docs as ArticleSummary[], total: articles.totalDocs },
      events: { docs: events.docs as RegionPage['events']['docs'], total: events.totalDocs },
      cases: { docs: cases.docs as ShowcaseCase[], total: cases.totalDocs },
    }
  },
  'region-page',
  () => [CACHE_TAGS.articles, CACHE_TAGS.events, CACHE_TAGS.cases, CACHE_TAGS.regions],
)
