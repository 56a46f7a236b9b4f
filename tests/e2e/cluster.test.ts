import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderTemplate, startNginx, upstreamOf, type RunningNginx } from '../../bench/nginx'
import { startInstance, type RunningInstance } from '@/cluster/startInstance'
import { startPostgres, type RunningPostgres } from '@/cluster/startPostgres'
import { startRedis, type RunningRedis } from '@/cluster/startRedis'

import { freePort } from '../helpers/freePort'
import { httpClient } from '../helpers/httpClient'
import { proofFrom } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'

import { E2E_DIST_DIR, E2E_PASSWORD } from './context'

/**
 * Two app instances of the e2e production build on one PostgreSQL database and one Redis, behind the nginx front,
 * as `npm run cluster` runs them; every service is started here on free ports and stopped after. Each instance runs
 * its job ticker, as any instance started alike would.
 */
/**
 * Part of the PostgreSQL run (`npm run test:postgres`, which CI runs after the SQLite one): the cluster needs
 * PostgreSQL's server programs, redis-server and nginx, which the README's first `npm test` does not ask a newcomer
 * to install. `NEWSROOM_CLUSTER_TEST=1 npm run test:e2e -- tests/e2e/cluster.test.ts` runs it alone.
 */
const enabled = process.env.TEST_DATABASE === 'postgres' || process.env.NEWSROOM_CLUSTER_TEST === '1'

const dir = path.join(os.tmpdir(), `newsroom-cluster-${randomBytes(4).toString('hex')}`)
const log = (name: string) => path.resolve(`test-results/${E2E_DIST_DIR.replace(/^\./, '')}-cluster-${name}.log`)
const ARTICLE = 'yongan-anzhenbao-livestream'

let postgres: RunningPostgres
let redis: RunningRedis
let front: RunningNginx
let frontURL: string
const instances: RunningInstance[] = []
let editor: { token: string; on: (baseURL: string) => RestClient }

/** Runs a script of the app with tsx on the cluster's database; resolves with what it printed. */
const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv, logName: string) =>
  new Promise<string>((resolve, reject) => {
    const out = fs.openSync(log(logName), 'w')
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
      env,
      stdio: ['ignore', 'pipe', out],
    })
    let printed = ''
    child.stdout?.on('data', (chunk) => (printed += chunk))
    child.on('exit', (code) =>
      code === 0 ? resolve(printed) : reject(new Error(`${script} exited with ${code}; see ${log(logName)}`)),
    )
  })

let clusterEnv: NodeJS.ProcessEnv

/** A publish scheduled for `at`, queued from a process of its own on the cluster's database. */
const queueScheduledPublish = (articleId: string, at: Date) =>
  runScript('tests/helpers/queueScheduledPublish.ts', [articleId, at.toISOString()], clusterEnv, 'queue')

beforeAll(async () => {
  if (!enabled) return
  fs.mkdirSync(dir, { recursive: true })
  fs.mkdirSync(path.dirname(log('seed')), { recursive: true })
  postgres = await startPostgres(path.join(dir, 'postgres'), await freePort())
  redis = await startRedis(await freePort())
  const env = {
    NODE_ENV: 'production' as const,
    DATABASE_URI: postgres.url('newsroom'),
    REDIS_URL: redis.url,
    NEXT_DIST_DIR: E2E_DIST_DIR,
    MEDIA_DIR: path.join(dir, 'media'),
    DEMO_MODE: '1',
    DEMO_PASSWORD: E2E_PASSWORD,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // A light proof of work: this process answers a thousand votes' challenges itself
    PROOF_OF_WORK_MAX_COUNTER: '100',
  }
  clusterEnv = { ...process.env, ...env }
  await runScript('src/scripts/seedDemo.ts', [], clusterEnv, 'seed')
  const ports = [await freePort(), await freePort()]
  instances.push(
    ...(await Promise.all(ports.map((port, n) => startInstance({ port, env, log: log(`instance-${n + 1}`) })))),
  )
  const frontPort = await freePort()
  front = await startNginx(
    path.join(dir, 'front'),
    renderTemplate(fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8'), {
      NEWSROOM_LISTEN: `127.0.0.1:${frontPort}`,
      NEWSROOM_UPSTREAM: upstreamOf(instances.map((instance) => new URL(instance.baseURL).host)),
      NEWSROOM_STAMPER: `127.0.0.1:${await freePort()}`,
    }),
    frontPort,
  )
  frontURL = `http://127.0.0.1:${frontPort}`
  const login = await httpClient(instances[0].baseURL).post('/users/login', {
    json: { email: 'editor@demo.local', password: E2E_PASSWORD },
  })
  expect(login.status).toBe(200)
  editor = { token: login.data.token, on: (baseURL) => httpClient(baseURL) }
}, 600_000)

afterAll(async () => {
  if (!enabled) return
  await front?.stop()
  await Promise.all(instances.map((instance) => instance.stop()))
  await redis?.stop()
  await postgres?.stop()
  // The database server's own log (errors with their statements) stays beside the instances' logs
  const databaseLog = path.join(dir, 'postgres', 'server.log')
  if (fs.existsSync(databaseLog)) fs.copyFileSync(databaseLog, log('postgres'))
  fs.rmSync(dir, { recursive: true, force: true })
})

const page = async (baseURL: string, route: string) => {
  const res = await fetch(`${baseURL}${route}`)
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() }
}

const articleNamed = async (slug: string) => {
  const res = await editor.on(instances[0].baseURL).get(`/articles?where[slug][equals]=${slug}&depth=0`, {
    token: editor.token,
  })
  return res.data.docs[0] as { id: string; title: string }
}

describe.runIf(enabled)('two app instances behind the front', () => {
  it('share the page cache: a page rendered by one is served from the cache by the other', async () => {
    const route = '/articles/' + ARTICLE
    await page(instances[0].baseURL, route)
    const first = await page(instances[0].baseURL, route)
    expect(first.cache).toBe('HIT')
    const other = await page(instances[1].baseURL, route)
    expect(other.status).toBe(200)
    expect(other.cache).toBe('HIT')
  })

  it('show a title published through instance 1 on instance 2 and through the front within a second', async () => {
    const route = '/articles/' + ARTICLE
    const article = await articleNamed(ARTICLE)
    // Every copy warm: instance 2's page cache and the front's
    expect((await page(instances[1].baseURL, route)).cache).toBe('HIT')
    await page(frontURL, route)
    const title = `古堡里开直播 集群发布 ${Date.now() % 100000}`
    const saved = await editor
      .on(instances[0].baseURL)
      .patch(`/articles/${article.id}`, { token: editor.token, json: { title, _status: 'published' } })
    expect(saved.status).toBe(200)
    const published = Date.now()
    const seen = async (baseURL: string) => {
      while (Date.now() - published < 1_000) {
        if ((await page(baseURL, route)).html.includes(title)) return Date.now() - published
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return null
    }
    const [onInstance2, throughFront] = await Promise.all([seen(instances[1].baseURL), seen(frontURL)])
    expect(onInstance2, 'instance 2').not.toBeNull()
    expect(throughFront, 'the front').not.toBeNull()
  })

  it('count 1,000 votes spread over both instances exactly', async () => {
    const cases = await editor
      .on(instances[0].baseURL)
      .get('/case-submissions?where[status][equals]=shortlisted&depth=0', {
        token: editor.token,
      })
    const target = cases.data.docs[0] as { id: string; votes: number }
    const rowsOf = async () =>
      (
        await editor.on(instances[0].baseURL).get(`/case-votes?where[case][equals]=${target.id}&limit=1`, {
          token: editor.token,
        })
      ).data.totalDocs as number
    const rowsBefore = await rowsOf()
    const statuses: number[] = []
    let next = 0
    // Fifty readers at a time, each vote from an address of its own network, half through each instance
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 1_000) {
          const n = next++
          const baseURL = instances[n % 2].baseURL
          const address = `10.${100 + (n >> 8)}.${n & 255}.7`
          const proof = await proofFrom(baseURL, target.id)
          const res = await fetch(`${baseURL}/api/case-submissions/${target.id}/vote`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Real-IP': address },
            body: JSON.stringify({ proof }),
          })
          statuses.push(res.status)
          await res.body?.cancel()
        }
      }),
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(1_000)
    const after = await editor.on(instances[1].baseURL).get(`/case-submissions/${target.id}?depth=0`, {
      token: editor.token,
    })
    expect(after.data.votes).toBe(target.votes + 1_000)
    expect(await rowsOf()).toBe(rowsBefore + 1_000)
  }, 300_000)

  it('keep serving readers through the front and keep every acknowledged write when instance 1 is killed', async () => {
    const routes = ['/', `/articles/${ARTICLE}`, '/cases', '/topics/fujian-zuji-2020']
    const reads: number[] = []
    let writing = true
    const readers = Array.from({ length: 6 }, async (_, r) => {
      for (let i = r; writing; i++) {
        const res = await fetch(frontURL + routes[i % routes.length]).catch(() => null)
        reads.push(res?.status ?? 0)
        await res?.body?.cancel()
      }
    })
    const tag = randomBytes(3).toString('hex')
    const acknowledged: string[] = []
    let next = 0
    let killed: Promise<void> | undefined
    const writers = Array.from({ length: 8 }, async () => {
      while (next < 120) {
        const title = `集群崩溃测试 ${tag} ${next++}`
        const res = await httpClient(frontURL)
          .post('/articles?draft=true', { token: editor.token, json: { title } })
          .catch(() => null)
        if (res?.status === 201) acknowledged.push(res.data.doc.id)
        // Part-way through, while writes and reads are in flight on it
        if (acknowledged.length >= 40) killed ??= instances[0].killHard()
      }
    })
    await Promise.all(writers)
    writing = false
    await Promise.all(readers)
    await killed
    expect(killed, 'instance 1 was killed').toBeDefined()
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.filter((status) => status !== 200)).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(40)
    // Page by page: the API gives at most 100 documents an answer
    const ids = new Set<string>()
    for (let pageNumber = 1, more = true; more; pageNumber++) {
      const stored = await editor
        .on(instances[1].baseURL)
        .get(
          `/articles?where[title][like]=${encodeURIComponent(tag)}&draft=true&limit=100&page=${pageNumber}&depth=0`,
          { token: editor.token },
        )
      expect(stored.status).toBe(200)
      for (const doc of stored.data.docs as { id: string }[]) ids.add(doc.id)
      more = stored.data.hasNextPage
    }
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([])
  }, 300_000)

  it('publish a scheduled article once, through the instance left running', async () => {
    const survivor = editor.on(instances[1].baseURL)
    const list = await survivor.get('/articles?where[_status][equals]=published&limit=5&depth=0', {
      token: editor.token,
    })
    const article = (list.data.docs as { id: string; slug: string; title: string }[]).find(
      (doc) => doc.slug !== ARTICLE,
    )!
    const route = `/articles/${article.slug}`
    expect(
      (await survivor.patch(`/articles/${article.id}`, { token: editor.token, json: { _status: 'draft' } })).status,
    ).toBe(200)
    expect((await page(instances[1].baseURL, route)).status).toBe(404)

    const queuedAt = new Date()
    await queueScheduledPublish(article.id, new Date(queuedAt.getTime() + 1_000))

    const deadline = Date.now() + 60_000
    let shown = await page(frontURL, route)
    while (shown.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      shown = await page(frontURL, route)
    }
    expect(shown.status).toBe(200)
    expect(shown.html).toContain(article.title)
    // Two more ticks: a second runner would have published it again by now
    await new Promise((resolve) => setTimeout(resolve, 20_000))
    const published = await survivor.get(
      `/articles/versions?where[parent][equals]=${article.id}&where[version._status][equals]=published` +
        `&where[createdAt][greater_than]=${encodeURIComponent(queuedAt.toISOString())}&depth=0`,
      { token: editor.token },
    )
    expect(published.status).toBe(200)
    expect(published.data.totalDocs).toBe(1)
  }, 180_000)
})
