import type { Where } from 'payload'

import { listingKey } from '@/collections/ArticleListings/listingKeys'
import type { Article } from '@/payload-types'

import { cached } from './cached'
import { findBySlug } from './findBySlug'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

/** What a list of articles shows: no body, one level of relations. */
const LIST_SELECT = {
  title: true,
  slug: true,
  kicker: true,
  summary: true,
  publishedAt: true,
  heroImage: true,
} as const

export const getArticle = cached(
  (options: ReadOptions, slug: string) => findBySlug('articles', options, slug),
  'article',
  (slug) => [CACHE_TAGS.article(slug)],
)

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'kicker' | 'summary' | 'publishedAt' | 'heroImage'>

export type Listed<T> = { docs: T[]; total: number }

/** Published articles, newest first; any list on the site changes when any article does. */
export const latestArticles = cached(
  async (options: ReadOptions, limit: number): Promise<ArticleSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      sort: '-publishedAt',
      limit,
      pagination: false,
      depth: 1,
      select: LIST_SELECT,
      ...accessFor(options),
    })
    return docs as ArticleSummary[]
  },
  'articles',
  () => [CACHE_TAGS.articles],
)

type Id = number | string

type ListingRead = { excluding?: Id; counted?: boolean }

/** The articles with these ids that the reader may see, in the order of the ids. */
const articlesByIds = async (options: ReadOptions, ids: Id[]): Promise<ArticleSummary[]> => {
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 1,
    select: LIST_SELECT,
    ...accessFor(options),
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as ArticleSummary]))
  return ids.flatMap((id) => byId.get(String(id)) ?? [])
}

/**
 * One page of a list's rows, newest first, and the list's length when asked for (counting a province's list walks
 * its whole index range); an indexed query however long the list.
 */
const listingPage = async (listing: string, limit: number, { excluding, counted = false }: ListingRead = {}) => {
  const payload = await getPayloadClient()
  const where: Where =
    excluding == null
      ? { listing: { equals: listing } }
      : { and: [{ listing: { equals: listing } }, { articleId: { not_equals: String(excluding) } }] }
  const { docs, totalDocs } = await payload.find({
    collection: 'article-listings',
    where,
    sort: '-publishedAt',
    limit,
    pagination: counted,
    depth: 0,
    select: { articleId: true, publishedAt: true },
  })
  return { rows: docs, total: totalDocs }
}

/**
 * The newest published articles of one list — a region and everything within it, a topic or a category — and how
 * many the list holds. Lists hold what is published; a draft preview shows the published articles of the list.
 */
export const listedArticles = cached(
  async (options: ReadOptions, listing: string, limit: number): Promise<Listed<ArticleSummary>> => {
    const { rows, total } = await listingPage(listing, limit, { counted: true })
    return {
      docs: await articlesByIds(
        options,
        rows.map((row) => row.articleId),
      ),
      total,
    }
  },
  'listed-articles',
  () => [CACHE_TAGS.articles],
)

/**
 * Related reading: the editor's own choice when there is one, else the newest articles sharing a topic or a region
 * (or lying within one of its regions), from one bounded query per topic and region.
 */
export const relatedArticles = cached(
  async (options: ReadOptions, article: { id: Id; topics: Id[]; regions: Id[] }): Promise<ArticleSummary[]> => {
    const wanted = 5
    const listings = [...article.topics.map(listingKey.topic), ...article.regions.map(listingKey.region)]
    const pages = await Promise.all(listings.map((listing) => listingPage(listing, wanted, { excluding: article.id })))
    const newest = new Map<string, string>()
    for (const row of pages.flatMap((page) => page.rows)) newest.set(row.articleId, row.publishedAt ?? '')
    const ids = [...newest]
      .sort(([idA, a], [idB, b]) => b.localeCompare(a) || idB.localeCompare(idA, 'en', { numeric: true }))
      .slice(0, wanted)
      .map(([id]) => id)
    return articlesByIds(options, ids)
  },
  'related',
  () => [CACHE_TAGS.articles],
)

export type Neighbour = Pick<Article, 'id' | 'title' | 'slug'>

/**
 * 上一篇 / 下一篇: the published article just before and just after this one in time. Two reads of one row each on
 * the (status, publishedAt) index, however many articles there are; articles published in the same second as
 * this one are skipped, as the order between them is not defined.
 */
export const neighbourArticles = cached(
  async (
    options: ReadOptions,
    publishedAt: string,
  ): Promise<{ previous: Neighbour | null; next: Neighbour | null }> => {
    const payload = await getPayloadClient()
    const one = async (where: Where, sort: string) =>
      (
        await payload.find({
          collection: 'articles',
          where,
          sort,
          limit: 1,
          pagination: false,
          depth: 0,
          select: { title: true, slug: true },
          ...accessFor(options),
        })
      ).docs[0] ?? null
    const [previous, next] = await Promise.all([
      one({ publishedAt: { less_than: publishedAt } }, '-publishedAt'),
      one({ publishedAt: { greater_than: publishedAt } }, 'publishedAt'),
    ])
    return { previous: previous as Neighbour | null, next: next as Neighbour | null }
  },
  'neighbour-articles',
  () => [CACHE_TAGS.articles],
)
