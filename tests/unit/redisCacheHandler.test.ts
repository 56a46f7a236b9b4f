import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/cluster/freePort'
import { startRedis, type RunningRedis } from '@/cluster/startRedis'

/**
 * Next's cache handler for several instances against a real redis-server: what one instance saves or expires, every
 * other sees. Two handlers here stand for two instances (each app process makes one per request, on one connection).
 */
type Handler = {
  get: (key: string, ctx: object) => Promise<{ lastModified: number; value: any } | null>
  set: (key: string, data: unknown, ctx: object) => Promise<void>
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>
}

let redis: RunningRedis
let port: number
let Handler: new (ctx: { serverDistDir: string }) => Handler
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cache-handler-'))

const build = (id: string) => {
  const distDir = path.join(dir, id)
  fs.mkdirSync(path.join(distDir, 'server'), { recursive: true })
  fs.writeFileSync(path.join(distDir, 'BUILD_ID'), id)
  return new Handler({ serverDistDir: path.join(distDir, 'server') })
}

const PAGE = { kind: 'APP_PAGE' }
const pageValue = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('segment')]]),
})
const pageContext = { cacheControl: { revalidate: false, expire: undefined } }
const later = () => new Promise((resolve) => setTimeout(resolve, 5))

beforeAll(async () => {
  port = await freePort()
  redis = await startRedis(port)
  process.env.REDIS_URL = redis.url
  Handler = (await import('@/cache/redisCacheHandler.mjs')).default
})

afterAll(async () => {
  await redis?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the shared page cache', () => {
  it('serves a page saved by one instance to another, whole (bytes and segments included)', async () => {
    const one = build('b1')
    const two = build('b1')
    await one.set('/articles/a', pageValue('<h1>甲</h1>', ['article-a']), pageContext)
    const read = await two.get('/articles/a', PAGE)
    expect(read?.value.html).toBe('<h1>甲</h1>')
    expect(Buffer.isBuffer(read?.value.rscData)).toBe(true)
    expect(read?.value.rscData.toString()).toBe('rsc <h1>甲</h1>')
    expect(read?.value.segmentData.get('/_tree').toString()).toBe('segment')
  })

  it('drops a page on every instance when one expires its tag, and serves the page saved after', async () => {
    const one = build('b1')
    const two = build('b1')
    await one.set('/articles/b', pageValue('old', ['article-b', 'articles']), pageContext)
    await later()
    await two.revalidateTag(['article-b'], { expire: 0 })
    expect(await one.get('/articles/b', PAGE)).toBeNull()
    await later()
    await one.set('/articles/b', pageValue('new', ['article-b', 'articles']), pageContext)
    expect((await two.get('/articles/b', PAGE))?.value.html).toBe('new')
  })

  it('drops data entries by their own tags and by the tags of the page reading them', async () => {
    const one = build('b1')
    const two = build('b1')
    const data = { kind: 'FETCH', data: { body: '[1]', headers: {}, status: 200 }, revalidate: 60 }
    await one.set('hot', data, { fetchCache: true, tags: ['hot-list'] })
    await one.set('topic', data, { fetchCache: true, tags: ['topic-x'] })
    expect(await two.get('hot', { kind: 'FETCH', tags: ['hot-list'], softTags: ['_N_T_/'] })).not.toBeNull()
    await later()
    await one.revalidateTag('hot-list', { expire: 0 })
    await two.revalidateTag('_N_T_/topics/x')
    expect(await two.get('hot', { kind: 'FETCH', tags: [], softTags: [] })).toBeNull()
    expect(await two.get('topic', { kind: 'FETCH', tags: ['topic-x'], softTags: ['_N_T_/topics/x'] })).toBeNull()
  })

  it('keeps a later expiry for later', async () => {
    const one = build('b1')
    await one.set('/later', pageValue('x', ['later']), pageContext)
    await later()
    await one.revalidateTag('later', { expire: 60 })
    expect(await one.get('/later', PAGE)).not.toBeNull()
  })

  it("never serves another build's page", async () => {
    await build('b1').set('/home', pageValue('b1', ['home']), pageContext)
    expect(await build('b2').get('/home', PAGE)).toBeNull()
  })

  it('records an expiry Redis could not take before it serves anything again', async () => {
    const one = build('b1')
    await one.set('/paused', pageValue('before', ['paused']), pageContext)
    await later()
    // The expiry waits longer than the handler does, then its connection drops with it: Redis never gets it
    const cli = (...args: string[]) => execFileSync('redis-cli', ['-p', String(port), ...args])
    cli('CLIENT', 'PAUSE', '2000', 'WRITE')
    await one.revalidateTag('paused', { expire: 0 })
    cli('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes')
    expect(await one.get('/paused', PAGE)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    // Redis takes writes again: the expiry is recorded first, so no instance serves the old page
    expect(await one.get('/paused', PAGE)).toBeNull()
    expect(await build('b1').get('/paused', PAGE)).toBeNull()
    // and the cache works again
    await later()
    await one.set('/paused', pageValue('after', ['paused']), pageContext)
    expect((await build('b1').get('/paused', PAGE))?.value.html).toBe('after')
  })

  it('renders without the cache while Redis is down, quickly and without errors', async () => {
    const one = build('b1')
    await redis.stop()
    const started = Date.now()
    expect(await one.get('/articles/a', PAGE)).toBeNull()
    await one.set('/articles/a', pageValue('x', []), pageContext)
    expect(Date.now() - started).toBeLessThan(2_500)
  })
})
