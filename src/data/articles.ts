import type { Where } from 'payload'

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

export type ArticleFilter = { topic?: number | string; region?: number | string; category?: string; limit?: number }

const whereFor = (filter: ArticleFilter): Where => {
  const and: Where[] = []
  if (filter.topic != null) and.push({ topics: { in: [filter.topic] } })
  if (filter.region != null) and.push({ regions: { in: [filter.region] } })
  if (filter.category) and.push({ categories: { in: [filter.category] } })
  return { and }
}

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'kicker' | 'summary' | 'publishedAt' | 'heroImage'>

/** Published articles, newest first; any list on the site changes when any article does. */
export const listArticles = cached(
  async (options: ReadOptions, filter: ArticleFilter): Promise<ArticleSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      where: whereFor(filter),
      sort: '-publishedAt',
      limit: filter.limit ?? 10,
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

export const countArticles = cached(
  async (options: ReadOptions, filter: ArticleFilter): Promise<number> => {
    const payload = await getPayloadClient()
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: whereFor(filter),
      ...accessFor(options),
    })
    return totalDocs
  },
  'article-count',
  () => [CACHE_TAGS.articles],
)

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'object' && value ? (value as { id: number }).id : value))

/**
 * Related reading: the editor's own choice when there is one, else the newest articles sharing a topic or a region.
 */
export const relatedArticles = cached(
  async (options: ReadOptions, article: Pick<Article, 'id' | 'topics' | 'regions'>): Promise<ArticleSummary[]> => {
    const payload = await getPayloadClient()
    const topics = ids(article.topics)
    const regions = ids(article.regions)
    if (topics.length === 0 && regions.length === 0) return []
    const { docs } = await payload.find({
      collection: 'articles',
      where: {
        and: [{ id: { not_equals: article.id } }, { or: [{ topics: { in: topics } }, { regions: { in: regions } }] }],
      },
      sort: '-publishedAt',
      limit: 5,
      pagination: false,
      depth: 0,
      select: LIST_SELECT,
      ...accessFor(options),
    })
    return docs as ArticleSummary[]
  },
  'related',
  () => [CACHE_TAGS.articles],
)
