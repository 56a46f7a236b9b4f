import type { Region } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type SitemapEntry = { path: string; lastModified: string | null }

// One sitemap file holds at most 50,000 addresses
const MAX_PER_COLLECTION = 10_000

const newest = (...dates: (string | null | undefined)[]) =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1) ?? null

/**
 * The public pages a search engine should know: home, special reports, articles, events, published excellent cases
 * and the region pages that have any of them (a county's content also makes its city's page worth listing).
 */
export const sitemapEntries = cached(
  async (options: ReadOptions): Promise<SitemapEntry[]> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const regionRef = { code: true, level: true, parent: true } as const
    const common = { pagination: false, limit: MAX_PER_COLLECTION, depth: 1, ...access } as const
    const [topics, articles, events, cases] = await Promise.all([
      payload.find({ collection: 'topics', select: { slug: true, updatedAt: true }, ...common, depth: 0 }),
      payload.find({
        collection: 'articles',
        select: { slug: true, updatedAt: true, regions: true },
        populate: { regions: regionRef },
        ...common,
      }),
      payload.find({
        collection: 'livestream-events',
        select: { slug: true, updatedAt: true, region: true },
        populate: { regions: regionRef },
        ...common,
      }),
      payload.find({
        collection: 'case-submissions',
        where: { and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }] },
        select: { updatedAt: true, region: true },
        populate: { regions: regionRef },
        ...common,
      }),
    ])
    const regionCodes = new Set<string>()
    const parentIds = new Set<number>()
    const noteRegion = (region: unknown) => {
      if (!region || typeof region !== 'object') return
      const { code, level, parent } = region as Pick<Region, 'code' | 'level' | 'parent'>
      regionCodes.add(code)
      if (level === 'county' && typeof parent === 'number') parentIds.add(parent)
    }
    articles.docs.forEach((doc) => doc.regions?.forEach(noteRegion))
    events.docs.forEach((doc) => noteRegion(doc.region))
    cases.docs.forEach((doc) => noteRegion(doc.region))
    if (parentIds.size) {
      const cities = await payload.find({
        collection: 'regions',
        where: { id: { in: [...parentIds] } },
        pagination: false,
        depth: 0,
        select: { code: true },
      })
      cities.docs.forEach((city) => regionCodes.add(city.code))
    }
    const withSlug = <T extends { slug?: string | null; updatedAt: string }>(docs: T[], base: string) =>
      docs.filter((doc) => doc.slug).map((doc) => ({ path: `${base}/${doc.slug}`, lastModified: doc.updatedAt }))
    return [
      { path: '/', lastModified: newest(...articles.docs.map((doc) => doc.updatedAt)) },
      { path: '/cases', lastModified: newest(...cases.docs.map((doc) => doc.updatedAt)) },
      ...withSlug(topics.docs, '/topics'),
      ...withSlug(articles.docs, '/articles'),
      ...withSlug(events.docs, '/live'),
      ...cases.docs.map((doc) => ({ path: `/cases/${doc.id}`, lastModified: doc.updatedAt })),
      ...[...regionCodes].sort().map((code) => ({ path: `/regions/${code}`, lastModified: null })),
    ]
  },
  'sitemap',
  () => [CACHE_TAGS.articles, CACHE_TAGS.topics, CACHE_TAGS.events, CACHE_TAGS.cases, CACHE_TAGS.regions],
)
