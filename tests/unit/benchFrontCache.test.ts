import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderTemplate, startNginx, type RunningNginx } from '../../bench/nginx'
import { freePort } from '../helpers/freePort'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The front keys its copies by the second (see deploy/nginx.conf), so requests that must meet one copy start early in
 * a second: on a busy machine a few requests begun late in one can end in the next and rightly get a fresh copy.
 */
const earlyInASecond = (offset = 50) => sleep(1000 - (Date.now() % 1000) + offset)

const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0

type Seen = { n: number; edition: number; url?: string; cookie?: string; realIp?: string; forwardedFor?: string }

/**
 * deploy/nginx.conf in front of a stand-in app that numbers every request it receives: a request the front answered
 * from its cache repeats the previous number. The stand-in marks its pages uncacheable, as Next does.
 */
describe.skipIf(!hasNginx)('the production front (deploy/nginx.conf)', () => {
  let upstream: http.Server
  let front: RunningNginx
  let base = ''
  let counter = 0
  // What the stand-in app would render now: bumped to play an editor publishing.
  let edition = 0
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-front-'))

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const seen: Seen = {
        n: ++counter,
        edition,
        url: req.url,
        cookie: req.headers.cookie,
        realIp: req.headers['x-real-ip'] as string | undefined,
        forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
      }
      const headers: http.OutgoingHttpHeaders = {
        'content-type': 'application/json',
        'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      }
      if (req.url?.startsWith('/sets-cookie')) headers['set-cookie'] = 'voter=abc; Path=/'
      // As Next answers a slug it has no document for, and an address no route matches
      const missing = req.url?.startsWith('/articles/missing') || req.url === '/__not-found'
      res.writeHead(missing ? 404 : 200, headers).end(JSON.stringify(seen))
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    const appPort = (upstream.address() as AddressInfo).port
    const [port, stamper] = [await freePort(), await freePort()]
    fs.chmodSync(prefix, 0o755)
    const template = fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')
    const config = renderTemplate(template, {
      NEWSROOM_LISTEN: `127.0.0.1:${port}`,
      NEWSROOM_UPSTREAM: `127.0.0.1:${appPort}`,
      NEWSROOM_STAMPER: `127.0.0.1:${stamper}`,
    })
    front = await startNginx(prefix, config, port)
    base = `http://127.0.0.1:${port}`
  })

  afterAll(async () => {
    await front?.stop()
    upstream?.close()
    fs.rmSync(prefix, { recursive: true, force: true })
  })

  const get = async (pathname: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${pathname}`, init)
    return { seen: (await response.json()) as Seen, cache: response.headers.get('x-cache-status'), response }
  }

  const served = async (pathname: string, init: RequestInit = {}) => (await get(pathname, init)).seen.n

  it('answers a reader page from its cache for a second although the app says no-store', async () => {
    await earlyInASecond()
    const first = await get('/topics/a')
    const second = await get('/topics/a')
    expect(second.seen.n).toBe(first.seen.n)
    expect(second.cache).toBe('HIT')
  })

  it('in the next second, serves the old copy once while refreshing it, then the new one', async () => {
    const first = await served('/topics/b')
    await earlyInASecond(100)
    const stale = await get('/topics/b')
    expect(stale.seen.n).toBe(first)
    expect(stale.cache).toBe('STALE')
    await sleep(150)
    expect(await served('/topics/b')).toBeGreaterThan(first)
  })

  it('shows a published edit within a second, wherever in the second it is published', async () => {
    for (const offset of [50, 500, 950]) {
      await earlyInASecond(offset)
      await served('/topics/edited')
      edition++
      const published = Date.now()
      while ((await get('/topics/edited')).seen.edition !== edition) await sleep(20)
      expect(Date.now() - published).toBeLessThanOrEqual(1050)
    }
  }, 15_000)

  it.each(['/admin/collections/topics', '/api/topics', '/api/case-submissions/1/vote', '/submit', '/preview?path=/'])(
    'never caches %s',
    async (pathname) => {
      expect(await served(pathname)).not.toBe(await served(pathname))
    },
  )

  it('passes signed-in editors and draft previews to the app, without touching what readers get', async () => {
    await earlyInASecond()
    const readers = await served('/articles/c')
    for (const cookie of ['payload-token=x', 'theme=dark; payload-token=x', '__prerender_bypass=1']) {
      expect(await served('/articles/c', { headers: { cookie } })).toBeGreaterThan(readers)
    }
    expect(await served('/articles/c')).toBe(readers)
  })

  it('keeps Simplified and Traditional pages apart by the script cookie, and ignores other cookies', async () => {
    await earlyInASecond()
    const simplified = await served('/topics/d')
    const traditional = await served('/topics/d', { headers: { cookie: 'zh-script=hant' } })
    expect(traditional).not.toBe(simplified)
    expect(await served('/topics/d', { headers: { cookie: 'a=1; zh-script=hant' } })).toBe(traditional)
    expect(await served('/topics/d', { headers: { cookie: 'fontSize=large' } })).toBe(simplified)
    // The app shows Simplified for any other value; so does the cache, without a new entry per forged value
    expect(await served('/topics/d', { headers: { cookie: 'zh-script=hant2' } })).toBe(simplified)
  })

  it('never caches a write or a response that sets a cookie', async () => {
    const post = { method: 'POST', body: '{}' }
    expect(await served('/topics/e', post)).not.toBe(await served('/topics/e', post))
    expect(await served('/sets-cookie')).not.toBe(await served('/sets-cookie'))
  })

  it('tells the app the connecting address, whatever the client claims', async () => {
    const forged = { 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '203.0.113.9' }
    const { seen } = await get('/api/whoami', { headers: forged })
    expect(seen.realIp).toBe('127.0.0.1')
    expect(seen.forwardedFor?.split(',').at(-1)?.trim()).toBe('127.0.0.1')
  })

  it("answers a missing page with the app's whole not-found page, in the reader's script, cached once for all", async () => {
    await earlyInASecond()
    const missing = await get('/articles/missing-1')
    expect(missing.response.status).toBe(404)
    expect(missing.seen.url).toBe('/__not-found')
    const other = await get('/articles/missing-2')
    expect(other.response.status).toBe(404)
    expect(other.seen.n).toBe(missing.seen.n)
    const traditional = await get('/articles/missing-1', { headers: { cookie: 'zh-script=hant' } })
    expect(traditional.seen.url).toBe('/__not-found')
    expect(traditional.seen.cookie).toContain('zh-script=hant')
    expect(traditional.seen.n).not.toBe(missing.seen.n)
    // The API's own 404s are answers for programs, passed on as they are
    const api = await fetch(`${base}/api/missing`)
    expect(api.status).toBe(200)
  })

  it('keeps build assets for long, in nginx and in browsers', async () => {
    const first = await get('/_next/static/chunks/app.js')
    const second = await get('/_next/static/chunks/app.js')
    expect(second.seen.n).toBe(first.seen.n)
    expect(second.response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})
