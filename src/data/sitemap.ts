import type { Where } from 'payload'

import { REGION_LISTING_PREFIX } from '@/collections/ArticleListings/listingKeys'
import { regionsContaining } from '@/collections/ArticleListings/regionsContaining'
import { relationId } from '@/lib/relationId'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type SitemapEntry = { path: string; lastModified: string | null }

/**
 * Addresses per sitemap file. The protocol allows 50,000; a smaller file is quicker to rebuild after a publish, and
 * the index lists as many files as the site needs.
 */
export const SITEMAP_FILE_URLS = 5_000

const EXCELLENT_ON_SITE: Where = { and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }] }

/**
 * Each kind of public document: where it lives, which of them readers see, its address, and the order of its
 * files — oldest first, so a new document joins the last file (articles by publication, the readers' index).
 */
const SOURCES = {
  topics: { collection: 'topics', sort: 'createdAt', path: (doc: Doc) => doc.slug && `/topics/${doc.slug}` },
  articles: { collection: 'articles', sort: 'publishedAt', path: (doc: Doc) => doc.slug && `/articles/${doc.slug}` },
  live: { collection: 'livestream-events', sort: 'createdAt', path: (doc: Doc) => doc.slug && `/live/${doc.slug}` },
  pairing: { collection: 'pairing-aids', sort: 'createdAt', path: (doc: Doc) => doc.slug && `/pairing/${doc.slug}` },
  cases: {
    collection: 'case-submissions',
    where: EXCELLENT_ON_SITE,
    sort: 'updatedAt',
    path: (doc: Doc) => `/cases/${doc.id}`,
  },
} as const satisfies Record<
  string,
  { collection: string; where?: Where; sort: string; path: (doc: Doc) => string | null | undefined }
>

type Doc = { id: number | string; slug?: string | null; updatedAt: string }
type Source = keyof typeof SOURCES

const PAGES_FILE = 'pages'

/** A file's name in the index: the site's own pages, or one kind of document and the number of its file. */
const fileName = (source: Source, number: number) => `${source}-${number}`

const parseFileName = (name: string): { source: Source; number: number } | null => {
  const match = /^([a-z]+)-([1-9]\d{0,5})$/.exec(name)
  if (!match || !Object.hasOwn(SOURCES, match[1])) return null
  return { source: match[1] as Source, number: Number(match[2]) }
}

const TAGS = [
  CACHE_TAGS.articles,
  CACHE_TAGS.topics,
  CACHE_TAGS.events,
  CACHE_TAGS.pairings,
  CACHE_TAGS.cases,
  CACHE_TAGS.regions,
]

/**
 * The sitemap index: the file of the site's own pages, then each kind of document in files of at most
 * SITEMAP_FILE_URLS addresses, as many as it takes. One count per kind.
 */
export const sitemapFiles = cached(
  async (options: ReadOptions, perFile?: number): Promise<string[]> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const counts = await Promise.all(
      (Object.keys(SOURCES) as Source[]).map(async (source) => {
        const { collection, ...rest } = SOURCES[source]
        const where = 'where' in rest ? rest.where : undefined
        const { totalDocs } = await payload.count({ collection, where, ...access })
        return { source, files: Math.ceil(totalDocs / (perFile ?? SITEMAP_FILE_URLS)) }
      }),
    )
    return [
      PAGES_FILE,
      ...counts.flatMap(({ source, files }) =>
        Array.from({ length: files }, (_, index) => fileName(source, index + 1)),
      ),
    ]
  },
  'sitemap-files',
  () => TAGS,
)

/** When the home page last changed: its newest article's publication, read through the readers' index. */
const newestArticle = async (options: ReadOptions) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { publishedAt: true },
    ...accessFor(options),
  })
  return docs[0]?.publishedAt ?? null
}

/** When the case library last changed: its most recently changed excellent case. */
const newestExcellentCase = async (options: ReadOptions) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'case-submissions',
    where: EXCELLENT_ON_SITE,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { updatedAt: true },
    ...accessFor(options),
  })
  return docs[0]?.updatedAt ?? null
}

/**
 * The region pages worth indexing: each region that has a published article, event or excellent case, and every
 * region containing one (a county's content makes its city's page worth listing too). Articles' regions come from
 * their listing rows, already widened; a listing key range is an indexed read of the distinct keys.
 */
const regionPaths = async (options: ReadOptions): Promise<string[]> => {
  const payload = await getPayloadClient()
  const access = accessFor(options)
  const [listed, events, cases] = await Promise.all([
    payload.findDistinct({
      collection: 'article-listings',
      field: 'listing',
      // Every key that starts with the prefix: ';' is the character after ':'
      where: {
        and: [
          { listing: { greater_than_equal: REGION_LISTING_PREFIX } },
          { listing: { less_than: `${REGION_LISTING_PREFIX.slice(0, -1)};` } },
        ],
      },
      ...access,
    }),
    payload.findDistinct({ collection: 'livestream-events', field: 'region', ...access }),
    payload.findDistinct({ collection: 'case-submissions', field: 'region', where: EXCELLENT_ON_SITE, ...access }),
  ])
  const fromArticles = listed.values.map(({ listing }) => String(listing).slice(REGION_LISTING_PREFIX.length))
  const own = [...events.values, ...cases.values]
    .map((value) => relationId(Object.values(value)[0] as number | { id: number } | null))
    .filter((id) => id != null)
  const ids = [...new Set([...fromArticles, ...(await regionsContaining(payload, own))])]
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'regions',
    overrideAccess: false,
    where: { id: { in: ids } },
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { code: true },
  })
  return docs.map((region) => `/regions/${region.code}`)
}

/** One file of the sitemap: its addresses and when each last changed; null for a file the index does not list. */
export const sitemapFile = cached(
  async (options: ReadOptions, name: string, perFile?: number): Promise<SitemapEntry[] | null> => {
    if (name === PAGES_FILE) {
      const [home, cases, regions] = await Promise.all([
        newestArticle(options),
        newestExcellentCase(options),
        regionPaths(options),
      ])
      return [
        { path: '/', lastModified: home },
        { path: '/cases', lastModified: cases },
        ...regions.map((path) => ({ path, lastModified: null })),
      ]
    }
    const file = parseFileName(name)
    if (!file) return null
    const { collection, path, sort, ...rest } = SOURCES[file.source]
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      where: 'where' in rest ? rest.where : undefined,
      sort,
      limit: perFile ?? SITEMAP_FILE_URLS,
      page: file.number,
      pagination: false,
      depth: 0,
      select: { slug: true, updatedAt: true } as never,
      ...accessFor(options),
    })
    if (docs.length === 0) return null
    return (docs as unknown as Doc[]).flatMap((doc) => {
      const at = path(doc)
      return at ? [{ path: at, lastModified: doc.updatedAt }] : []
    })
  },
  'sitemap-file',
  () => TAGS,
)
