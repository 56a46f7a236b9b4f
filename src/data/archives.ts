import type { Payload } from 'payload'

import type { LivestreamEvent, Topic } from '@/payload-types'

import type { ArticleSummary } from './articles'
import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export const ARCHIVE_PAGE_SIZE = 20
/**
 * How deep an archive pages: each page is an indexed read, but the offset of page n walks n × 20 index entries and
 * every page is a cached copy. Older items are found by search, region and topic pages, as on any portal.
 */
export const MAX_ARCHIVE_PAGES = 50

export type ArchivePage<T> = { docs: T[]; page: number; pages: number; total: number }

export type TopicCard = Pick<Topic, 'id' | 'title' | 'slug' | 'intro' | 'publishedAt' | 'theme'>
export type EventCard = Pick<
  LivestreamEvent,
  'id' | 'title' | 'slug' | 'startsAt' | 'mainStudio' | 'region' | 'current'
>

/** Whether a page number from an address is one an archive serves. */
export const isArchivePage = (page: number) => Number.isInteger(page) && page >= 1 && page <= MAX_ARCHIVE_PAGES

type Collection = 'articles' | 'topics' | 'livestream-events'

/** One page, newest first, of what readers may see: sorted on an indexed date, counted once per page. */
const readPage = async <T>(
  payload: Payload,
  options: ReadOptions,
  collection: Collection,
  sort: string,
  select: Record<string, true>,
  page: number,
): Promise<ArchivePage<T>> => {
  const result = await payload.find({
    collection,
    sort,
    page,
    limit: ARCHIVE_PAGE_SIZE,
    depth: 1,
    select,
    ...accessFor(options),
  })
  return {
    docs: result.docs as T[],
    page,
    pages: Math.min(result.totalPages, MAX_ARCHIVE_PAGES),
    total: result.totalDocs,
  }
}

export const articleArchive = cached(
  async (options: ReadOptions, page: number) =>
    readPage<ArticleSummary>(
      await getPayloadClient(),
      options,
      'articles',
      '-publishedAt',
      { title: true, slug: true, kicker: true, summary: true, publishedAt: true, heroImage: true },
      page,
    ),
  'article-archive',
  () => [CACHE_TAGS.articles],
)

export const topicArchive = cached(
  async (options: ReadOptions, page: number) =>
    readPage<TopicCard>(
      await getPayloadClient(),
      options,
      'topics',
      '-publishedAt',
      { title: true, slug: true, intro: true, publishedAt: true, theme: true },
      page,
    ),
  'topic-archive',
  () => [CACHE_TAGS.topics, CACHE_TAGS.media],
)

export const eventArchive = cached(
  async (options: ReadOptions, page: number) =>
    readPage<EventCard>(
      await getPayloadClient(),
      options,
      'livestream-events',
      '-startsAt',
      { title: true, slug: true, startsAt: true, mainStudio: true, region: true, current: true },
      page,
    ),
  'event-archive',
  () => [CACHE_TAGS.events, CACHE_TAGS.regions],
)
