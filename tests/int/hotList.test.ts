import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readHotLists, readHotRanking, type HotArticle } from '@/data/hotList'
import { bulkImport } from '@/import/bulk/bulkImport'
import { SOCKET_ADDRESS_HEADER } from '@/lib/socketAddress.mjs'
import { VIEW_LIMITS, flushViews } from '@/views/viewCounter'
import { viewDay } from '@/views/viewDays'
import { updateViewTotals } from '@/views/viewTotals'

import { publishables } from '../helpers/editorialFixtures'
import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens
let post: ReturnType<typeof REST_POST>
const articles: Record<'a' | 'b' | 'c' | 'draft', number> = { a: 0, b: 0, c: 0, draft: 0 }
let nextAddress = 0
let complete: Awaited<ReturnType<typeof publishables>>['completeArticle']

/**
 * What a reader page's beacon sends (navigator.sendBeacon with a string body arrives as text/plain), through the
 * nginx front on this machine, which names the reader in X-Real-IP: unless told, a reader on a network of its own,
 * so the per-network allowance bites only where a test wants it.
 */
const beacon = async (body: string, address = `10.${1 + Math.floor(nextAddress / 250)}.${nextAddress++ % 250}.1`) => {
  const request = new Request('http://localhost/api/page-views/beacon', {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-real-ip': address, [SOCKET_ADDRESS_HEADER]: '127.0.0.1' },
    body,
  })
  return post(request, { params: Promise.resolve({ slug: ['page-views', 'beacon'] }) })
}

const view = (id: number | string, address?: string) => beacon(JSON.stringify({ collection: 'articles', id }), address)

const viewRows = () => app.payload.find({ collection: 'page-views', limit: 0, pagination: false, overrideAccess: true })

/** Counts the database writes the view counter makes while `run` runs, passing every call through. */
const countingWrites = async (run: () => Promise<void>) => {
  const db = app.payload.db
  const original = { updateOne: db.updateOne, create: db.create }
  let writes = 0
  db.updateOne = (args) => (writes++, original.updateOne.call(db, args))
  db.create = (args) => (writes++, original.create.call(db, args))
  try {
    await run()
  } finally {
    Object.assign(db, original)
  }
  return writes
}

const titles = (list: { title: string }[]) => list.map((entry) => entry.title)

beforeAll(async () => {
  const started = await startWithCast()
  ;({ app, rest, tokens } = started)
  post = REST_POST(app.config)
  const { completeArticle } = await publishables(app.payload, started.cast)
  complete = completeArticle
  for (const key of ['a', 'b', 'c', 'draft'] as const) {
    const doc = await app.payload.create({
      collection: 'articles',
      data: { ...completeArticle(`热点稿件${key}`), _status: key === 'draft' ? 'draft' : 'published' },
      context: { disableRevalidate: true },
    })
    articles[key] = doc.id
  }
})
afterAll(() => app?.close())

describe('the hot list', () => {
  it('changes order after views are sent and flushed', async () => {
    for (let i = 0; i < 3; i++) expect((await view(articles.a)).status).toBe(204)
    await view(articles.b)
    await flushViews()
    expect(titles((await readHotLists(app.payload)).threeDays)).toEqual(['热点稿件a', '热点稿件b'])

    for (let i = 0; i < 4; i++) await view(articles.b)
    expect(titles((await readHotLists(app.payload)).threeDays)).toEqual(['热点稿件a', '热点稿件b'])
    await flushViews()
    const lists = await readHotLists(app.payload)
    expect(titles(lists.threeDays)).toEqual(['热点稿件b', '热点稿件a'])
    expect(lists.threeDays.map((entry) => entry.views)).toEqual([5, 3])
    expect(titles(lists.month)).toEqual(titles(lists.threeDays))
  })

  it('answers a beacon with an empty, uncacheable response that sets no cookie', async () => {
    const response = await view(articles.c)
    expect(response.status).toBe(204)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('set-cookie')).toBeNull()
    await flushViews()
  })

  it('refuses malformed beacons with 400 and writes nothing for them or for unknown and unpublished articles', async () => {
    const before = (await viewRows()).totalDocs
    const writes = await countingWrites(async () => {
      for (const body of [
        'not json',
        '',
        '{"collection":"users","id":1}',
        '{"collection":"articles","id":"1; DROP TABLE articles"}',
        '{"collection":"articles","id":{"$gt":0}}',
        JSON.stringify({ collection: 'articles', id: articles.a, padding: 'x'.repeat(1000) }),
      ]) {
        const response = await beacon(body)
        expect(response.status).toBe(400)
        const { errors } = await response.json()
        expect(errors[0].message).toBe('Malformed view')
        expect(errors[0].data.errors[0].message).toBe('无法识别的阅读记录')
        expect(response.headers.get('cache-control')).toBe('no-store')
      }
      expect((await view(999_999)).status).toBe(204)
      expect((await view(articles.draft)).status).toBe(204)
      const flushed = await flushViews()
      expect(flushed).toEqual({ views: 0, writes: 0, ignored: 2 })
    })
    expect(writes).toBe(0)
    expect((await viewRows()).totalDocs).toBe(before)
  })

  it('counts a reader once per article however often they reload, and caps one address', async () => {
    const address = '10.9.9.9'
    // From the stored totals: the buffer's own timer may write these views before the test's flush does
    const viewsOfC = async () => {
      await flushViews()
      return (await readHotLists(app.payload)).threeDays.find((entry) => entry.id === articles.c)?.views ?? 0
    }
    const before = await viewsOfC()
    for (let i = 0; i < 5; i++) expect((await view(articles.c, address)).status).toBe(204)
    expect((await viewsOfC()) - before).toBe(1)
    let limited = 0
    for (let id = 1_000_000; id < 1_000_100; id++) if ((await view(id, address)).status === 429) limited++
    expect(limited).toBeGreaterThan(0)
    expect(limited).toBeLessThan(100)
    await flushViews()
  })

  it('writes 1,000 views in a handful of writes, not 1,000', async () => {
    const before = await readHotLists(app.payload)
    const started = Date.now()
    const writes = await countingWrites(async () => {
      for (let i = 0; i < 1000; i++) expect((await view([articles.a, articles.b, articles.c][i % 3])).status).toBe(204)
      await flushViews()
    })
    // Per flush, two writes per article and day: its daily counter and its period totals. Besides the last flush, the
    // timer flushes once per FLUSH_MS while the beacons arrive (each beacon also takes its rate limit, a write of its
    // own on PostgreSQL, so how many depends on the machine).
    const flushes = 1 + Math.ceil((Date.now() - started) / VIEW_LIMITS.FLUSH_MS)
    expect(writes).toBeGreaterThanOrEqual(6)
    expect(writes).toBeLessThanOrEqual(6 * flushes)
    const after = await readHotLists(app.payload)
    const total = (lists: typeof after) => lists.week.reduce((sum, entry) => sum + entry.views, 0)
    expect(total(after) - total(before)).toBe(1000)
  })
})

describe('the daily counters', () => {
  it('are read by staff only and written by the view counter only', async () => {
    expect((await rest.get('/page-views')).status).toBe(403)
    expect((await rest.get('/page-views', { token: tokens.submitter })).status).toBe(403)
    const staff = await rest.get('/page-views', { token: tokens.editor })
    expect(staff.status).toBe(200)
    expect(staff.data.totalDocs).toBeGreaterThan(0)
    const row = staff.data.docs[0]
    const forged = { viewedCollection: 'articles', docId: String(articles.c), day: row.day, count: 1_000_000 }
    expect((await rest.post('/page-views', { token: tokens.admin, json: forged })).status).toBe(403)
    expect(
      (await rest.patch(`/page-views/${row.id}`, { token: tokens.admin, json: { count: 1_000_000 } })).status,
    ).toBe(403)
    expect((await rest.delete(`/page-views/${row.id}`, { token: tokens.admin })).status).toBe(403)
    expect((await app.payload.findByID({ collection: 'page-views', id: row.id })).count).toBe(row.count)
  })
})

describe('the ranking by period', () => {
  // A day of its own, far from the views counted above
  const now = new Date('2099-03-31T04:00:00Z')
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 24 * 3600 * 1000)
  const views = async (id: number, daysAgo: number, count: number) => {
    const beijingDay = day(daysAgo).toISOString().slice(0, 10)
    await app.payload.create({
      collection: 'page-views',
      data: { viewedCollection: 'articles', docId: String(id), day: beijingDay, count },
      overrideAccess: true,
    })
    // What the flush on that day would have stored
    await updateViewTotals(app.payload, 'articles', [String(id)], { now: day(daysAgo) })
  }
  const ranking = (list: HotArticle[]) => list.map((entry) => `${entry.title} ${entry.views}`)

  it('ranks views imported in bulk as it ranks counted ones', async () => {
    const today = new Date()
    const { docs } = await app.payload.find({
      collection: 'articles',
      where: { title: { equals: '热点稿件c' } },
      limit: 1,
    })
    const before = (await readHotLists(app.payload, today)).month.find((entry) => entry.title === '热点稿件c')
    await bulkImport(app.payload, 'page-views', [
      { viewedCollection: 'articles', docId: String(docs[0].id), day: '2000-01-01', count: 5 },
      {
        viewedCollection: 'articles',
        docId: String(docs[0].id),
        day: viewDay(new Date(Date.now() - 86_400_000)),
        count: 5000,
      },
    ])
    const after = (await readHotLists(app.payload, today)).month[0]
    expect(after.title).toBe('热点稿件c')
    expect(after.views).toBe((before?.views ?? 0) + 5000)
  })

  it('sums each period’s days, however long ago the totals were counted, and reads past stale ones', async () => {
    const created: number[] = []
    for (let index = 0; index < 45; index++) {
      const doc = await app.payload.create({
        collection: 'articles',
        data: { ...complete(`排行${index}`), _status: 'published' },
        context: { disableRevalidate: true },
      })
      created.push(doc.id)
    }
    // Read a lot twenty days ago: counted in the month only
    await views(created[0], 20, 100)
    // Read today
    await views(created[1], 0, 7)
    // Read five days ago: in the week and the month
    await views(created[2], 5, 6)
    // Forty-two articles read heavily eight days ago and once six days ago: their totals, counted six days ago, still
    // hold the heavy day for the week (an upper bound), so a whole round of them must be recounted to find the top
    for (const id of created.slice(3)) {
      await views(id, 8, 50)
      await views(id, 6, 1)
    }
    const lists = await readHotLists(app.payload, now)
    expect(ranking(lists.threeDays)).toEqual(['排行1 7'])
    expect(ranking(lists.week).slice(0, 3)).toEqual(['排行1 7', '排行2 6', '排行44 1'])
    expect(lists.week).toHaveLength(10)
    expect(ranking(lists.month).slice(0, 3)).toEqual(['排行0 100', '排行44 51', '排行43 51'])
  }, 120_000)

  it('lets requests that arrive meanwhile in between its rounds', async () => {
    // The articles above take more than one round for the week; a request waiting for its turn is a task like this
    let ranking = true
    let turns = 0
    const waiting = () => {
      if (!ranking) return
      turns++
      setImmediate(waiting)
    }
    setImmediate(waiting)
    await readHotRanking(app.payload, now).finally(() => (ranking = false))
    expect(turns).toBeGreaterThanOrEqual(3)
  })
})
