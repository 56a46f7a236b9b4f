import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { rankAllPeriods, type RankedDocument } from '@/views/rankViews'
import { HOT_PERIODS, firstDayOf, type HotPeriod } from '@/views/viewDays'

import type { ArticleSummary } from './articles'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'

export const HOT_LIST_LENGTH = 10

/**
 * How stale the hot list may be. It is not expired by the view flushes: it sits inside every cached article page and
 * the home page, so expiring it every few seconds would re-render them all that often. Instead each of those pages
 * is regenerated in the background at most once per this interval while it is being read (readers are always
 * served the cached copy); for rankings over three days or more, a minute behind is not noticeable.
 */
export const HOT_LIST_REVALIDATE_SECONDS = 60

export type HotArticle = Pick<ArticleSummary, 'id' | 'title' | 'slug' | 'publishedAt'> & { views: number }

export type HotLists = Record<HotPeriod, HotArticle[]>

// Ranks a few more than shown, so articles unpublished since they were read leave no gap.
const RANKED = HOT_LIST_LENGTH * 2

/** The ranked articles of every period, from one read of the month's counters and one of the articles. */
export const readHotLists = async (payload: Payload, now = new Date()): Promise<HotLists> => {
  const { docs: rows } = await payload.find({
    collection: 'page-views',
    where: {
      and: [
        { viewedCollection: { equals: 'articles' } },
        { day: { greater_than_equal: firstDayOf(HOT_PERIODS.month, now) } },
      ],
    },
    select: { docId: true, day: true, count: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const ranked = rankAllPeriods(
    rows.map((row) => ({ id: row.docId, day: row.day, count: row.count })),
    now,
    RANKED,
  )
  const ids = [...new Set(Object.values(ranked).flatMap((list) => list.map((entry) => entry.id)))]
  if (ids.length === 0) return { threeDays: [], week: [], month: [] }
  const { docs: articles } = await payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    select: { title: true, slug: true, publishedAt: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  const byId = new Map(articles.map((article) => [String(article.id), article]))
  const present = (list: RankedDocument[]): HotArticle[] =>
    list
      .flatMap(({ id, views }) => {
        const article = byId.get(String(id))
        return article
          ? [{ id: article.id, title: article.title, slug: article.slug, publishedAt: article.publishedAt, views }]
          : []
      })
      .slice(0, HOT_LIST_LENGTH)
  return { threeDays: present(ranked.threeDays), week: present(ranked.week), month: present(ranked.month) }
}

/** The hot lists as reader pages show them: shared by all pages, refreshed on a timer and when articles change. */
export const hotLists = unstable_cache(async () => readHotLists(await getPayloadClient()), ['hot-lists'], {
  tags: [CACHE_TAGS.articles],
  revalidate: HOT_LIST_REVALIDATE_SECONDS,
})
