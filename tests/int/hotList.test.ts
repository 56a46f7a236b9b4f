import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readHotLists } from '@/data/hotList'
import { flushViews } from '@/views/viewCounter'

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

/** What a reader page's beacon sends: navigator.sendBeacon with a string body arrives as text/plain. */
const beacon = async (body: string, address = `10.1.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`) => {
  const request = new Request('http://localhost/api/page-views/beacon', {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-real-ip': address },
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
    for (let i = 0; i < 5; i++) expect((await view(articles.c, address)).status).toBe(204)
    expect((await flushViews()).views).toBe(1)
    let limited = 0
    for (let id = 1_000_000; id < 1_000_100; id++) if ((await view(id, address)).status === 429) limited++
    expect(limited).toBeGreaterThan(0)
    expect(limited).toBeLessThan(100)
    await flushViews()
  })

  it('writes 1,000 views in a handful of writes, not 1,000', async () => {
    const before = await readHotLists(app.payload)
    const writes = await countingWrites(async () => {
      for (let i = 0; i < 1000; i++) expect((await view([articles.a, articles.b, articles.c][i % 3])).status).toBe(204)
      await flushViews()
    })
    // One write per article and day per flush; the five-second timer may have flushed once in between.
    expect(writes).toBeGreaterThanOrEqual(3)
    expect(writes).toBeLessThanOrEqual(6)
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
