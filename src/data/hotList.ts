import { setImmediate as nextTurn } from 'node:timers/promises'

import { LRUCache, type Perf } from 'lru-cache'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { rankViews, type DailyViews, type RankedDocument } from '@/views/rankViews'
import { HOT_PERIODS, firstDayOf, type HotPeriod } from '@/views/viewDays'
import { dailyViews } from '@/views/viewTotals'

import type { ArticleSummary } from './articles'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'

export const HOT_LIST_LENGTH = 10

/**
 * How stale the hot list may be. It is not expired by the view flushes: it sits inside every cached article page and
 * the home page, so expiring it every few seconds would re-render them all that often. Instead each of those pages
 * declares this interval as its `revalidate` and is regenerated in the background at most once per interval while it
 * is being read (readers are always served the cached copy); for rankings over three days or more, a minute behind is
 * not noticeable.
 */
export const HOT_LIST_REVALIDATE_SECONDS = 60

export type HotArticle = Pick<ArticleSummary, 'id' | 'title' | 'slug' | 'publishedAt'> & { views: number }

export type HotLists = Record<HotPeriod, HotArticle[]>

// Ranks a few more than shown, so articles unpublished since they were read leave no gap.
const RANKED = HOT_LIST_LENGTH * 2
// Period totals read per round; one round is almost always enough.
const ROUND = RANKED * 2

/** When each article went out, in milliseconds by id: rankViews' tie-break (ids do not tell, UUIDs are random). */
const publishTimes = async (payload: Payload, ids: string[], into: Map<string, number>) => {
  if (ids.length === 0) return
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    select: { publishedAt: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) if (doc.publishedAt) into.set(String(doc.id), Date.parse(doc.publishedAt))
}

/**
 * The top of one period's ranking. The stored period totals (src/views/viewTotals.ts) are read highest first, a
 * round at a time; each is exact on the day it was counted and an upper bound after, so the exact counts of the
 * documents read so far decide, and reading stops once the last place is surely taken: its exact views are above
 * every total not yet read. Ties are broken as rankViews breaks them, from the documents' daily counters and publish
 * times.
 */
const rankPeriod = async (
  payload: Payload,
  period: HotPeriod,
  now: Date,
  daily: Map<string, DailyViews[]>,
  published: Map<string, number>,
): Promise<RankedDocument[]> => {
  const firstDay = firstDayOf(HOT_PERIODS[period], now)
  const firstOfMonth = firstDayOf(HOT_PERIODS.month, now)
  const candidates = new Set<string>()
  for (let page = 1; ; page++) {
    // The embedded database answers synchronously, so without this the rounds would run back to back as one task
    // (most of a second when many articles tie at the last place) and hold up every request that arrives meanwhile
    await nextTurn()
    const { docs } = await payload.find({
      collection: 'view-totals',
      where: { and: [{ viewedCollection: { equals: 'articles' } }, { asOf: { greater_than_equal: firstDay } }] },
      sort: `-${period}`,
      limit: ROUND,
      page,
      pagination: false,
      depth: 0,
      select: { docId: true, [period]: true },
      overrideAccess: true,
    })
    const unread = docs.map((row) => row.docId).filter((id) => !daily.has(id))
    const [rows] = await Promise.all([
      dailyViews(payload, 'articles', unread, firstOfMonth),
      publishTimes(payload, unread, published),
    ])
    for (const id of unread) daily.set(id, [])
    for (const row of rows) daily.get(String(row.id))?.push(row)
    for (const row of docs) candidates.add(row.docId)
    const ranked = rankViews(
      [...candidates].flatMap((id) => daily.get(id) ?? []),
      firstDay,
      RANKED,
      published,
    )
    const bound = docs.at(-1)?.[period as 'month'] ?? 0
    if (docs.length < ROUND || (ranked.length === RANKED && (ranked.at(-1)?.views ?? 0) > bound)) return ranked
  }
}

export type HotRanking = Record<HotPeriod, RankedDocument[]>

/** Every period's ranking, as ids and views, from a few rounds of period totals. */
export const readHotRanking = async (payload: Payload, now = new Date()): Promise<HotRanking> => {
  const daily = new Map<string, DailyViews[]>()
  const published = new Map<string, number>()
  const ranked = {} as HotRanking
  for (const period of Object.keys(HOT_PERIODS) as HotPeriod[])
    ranked[period] = await rankPeriod(payload, period, now, daily, published)
  return ranked
}

/** The ranked articles a reader may see, with their titles and addresses, from one read of at most 60 articles. */
export const presentHotLists = async (payload: Payload, ranked: HotRanking): Promise<HotLists> => {
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

/** The hot lists read afresh: the ranking, then the articles in it. */
export const readHotLists = async (payload: Payload, now = new Date()): Promise<HotLists> =>
  presentHotLists(payload, await readHotRanking(payload, now))

/**
 * Keeps the ranking in this process and serves it at once, whatever its age; a read of one past `maxAgeMs` renews it
 * in the background (one renewal at a time, the old ranking kept if the renewal fails). Only the first read of a
 * process waits.
 */
export const keptRanking = (read: () => Promise<HotRanking>, maxAgeMs: number, perf?: Perf) => {
  const kept = new LRUCache<'ranking', HotRanking>({
    max: 1,
    ttl: maxAgeMs,
    allowStale: true,
    allowStaleOnFetchRejection: true,
    fetchMethod: read,
    perf,
  })
  return async () => (await kept.fetch('ranking')) as HotRanking
}

const KEPT_RANKING = Symbol.for('newsroom.hotRanking')

/**
 * The ranking is the costly part: most of a second at a hundred thousand articles and a million views when many
 * articles tie at the last place. It changes only with views, so a publish never renews it. It is kept here rather
 * than in Next's data cache, where the pages rendered after it could push it out of the 50 MB of memory and the next
 * render (a reader's, right after a publish) waited for it again. On globalThis, so the warm-up at start
 * (src/startup/startServer.ts) and the pages share one copy whichever bundle runs them.
 */
export const hotRanking: () => Promise<HotRanking> = ((globalThis as Record<symbol, unknown>)[KEPT_RANKING] ??=
  keptRanking(
    async () => readHotRanking(await getPayloadClient()),
    HOT_LIST_REVALIDATE_SECONDS * 1000,
  )) as () => Promise<HotRanking>

/** The ranked articles' side, cached per ranking until articles change (an unpublished one leaves at once). */
const presentedHotLists = unstable_cache(
  async (ranked: HotRanking) => presentHotLists(await getPayloadClient(), ranked),
  ['hot-lists'],
  { tags: [CACHE_TAGS.articles] },
)

/**
 * The hot lists as reader pages show them, shared by all pages. The two caches are read one after the other, not one
 * inside the other: Next reads an unstable_cache called inside another afresh every time.
 */
export const hotLists = async (): Promise<HotLists> => presentedHotLists(await hotRanking())
