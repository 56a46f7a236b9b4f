/**
 * `npm run bench:reader`: builds for production into .next-bench on a fresh database with the demo content, then
 * measures the reader pages with wrk through the app alone and through the production front (deploy/nginx.conf),
 * beside nginx serving the topic page's HTML from a file, measures the article page under a stream of view beacons,
 * and times the first render after a publish.
 * Options: --seconds 10 --connections 64 --threads 2 --repeat 1 --no-build (reuse the last .next-bench build)
 * --beacons 200 (view beacons a second sent during the beacon phase)
 * --database <DATABASE_URI> (instead of a fresh SQLite file; the demo content is loaded into it without duplicates).
 * See bench/README.md.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'

import { freePort } from '../tests/helpers/freePort'

import { measureBeaconLoad, type BeaconLoad } from './beacon'
import { startDemoApp } from './demoApp'
import { ensureTools, machine } from './machine'
import { renderTemplate, startNginx } from './nginx'
import { runWrkOnOpenConnections } from './openConnections'
import { checksFor, formatReport, summarise, type Row, type Via } from './report'
import { publishTimings } from './publish'
import { serverRssMb } from './rss'
import { addTcpCounters, readTcpCounters, tcpCountersSince, type TcpCounters } from './tcpCounters'
import { runWrk, type WrkResult } from './wrk'

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    repeat: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    database: { type: 'string' },
    beacons: { type: 'string', default: '200' },
  },
})
const seconds = Number(options.seconds)
const connections = Number(options.connections)
const threads = Number(options.threads)
const repeat = Number(options.repeat)

const TOPIC_PATH = '/topics/fujian-zuji-2020'
const ARTICLE_SLUG = 'yongan-anzhenbao-livestream'

const PAGES = [
  { page: 'topic', path: TOPIC_PATH },
  { page: 'article', path: `/articles/${ARTICLE_SLUG}` },
  { page: 'cases', path: '/cases' },
  { page: 'search', path: `/search?q=${encodeURIComponent('直播带货')}` },
]

const DIST_DIR = '.next-bench'

ensureTools()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'))
// nginx's workers run as an unprivileged user when started by root: they must be able to read the prefix folders.
fs.chmodSync(work, 0o755)
const stops: (() => Promise<void> | void)[] = []
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop()
}
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))

type Check = { status: number; html: string; cache: string | null }

/** Asks for the uncompressed page, as wrk does, so the warm-up fills the same cache entries the runs read. */
const get = async (url: string): Promise<Check> => {
  const response = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'identity' } })
  return { status: response.status, html: await response.text(), cache: response.headers.get('x-cache-status') }
}

/** Requests each page a few times so the measured runs see warm caches; a page that does not answer 200 is missing. */
const warm = async (base: string) => {
  const missing = new Map<string, string>()
  for (const { path: pagePath } of PAGES) {
    let last: Check | undefined
    for (let i = 0; i < 3; i++) last = await get(`${base}${pagePath}`)
    if (last?.status !== 200) missing.set(pagePath, `HTTP ${last?.status}`)
  }
  return missing
}

const main = async () => {
  const [appPort, frontPort, stamperPort, staticPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  const password = randomBytes(12).toString('base64url')
  console.log(`Building and starting the app (${DIST_DIR}, log ${path.join(work, 'app.log')})…`)
  const appPid = await startDemoApp({
    port: appPort,
    password,
    work,
    distDir: DIST_DIR,
    build: !options['no-build'],
    database: options.database,
    stops,
  })
  const app = `http://127.0.0.1:${appPort}`
  const front = `http://127.0.0.1:${frontPort}`
  const staticBase = `http://127.0.0.1:${staticPort}`

  const listen = (port: number) => ({
    NEWSROOM_LISTEN: `127.0.0.1:${port}`,
    NEWSROOM_UPSTREAM: `127.0.0.1:${appPort}`,
    NEWSROOM_STAMPER: `127.0.0.1:${stamperPort}`,
  })
  const template = (file: string) => fs.readFileSync(path.resolve(file), 'utf8')
  const frontNginx = await startNginx(
    path.join(work, 'front'),
    renderTemplate(template('deploy/nginx.conf'), listen(frontPort)),
    frontPort,
  )
  stops.push(frontNginx.stop)

  const missing = await warm(app)
  await warm(front)
  const topic = await get(`${app}${TOPIC_PATH}`)
  if (topic.status !== 200) throw new Error(`the topic page answered ${topic.status}: nothing to compare with`)
  const frontTopic = await get(`${front}${TOPIC_PATH}`)
  if (frontTopic.cache !== 'HIT') console.warn(`warning: the front did not serve the warm topic page from its cache`)
  fs.mkdirSync(path.join(work, 'static', 'static'), { recursive: true, mode: 0o755 })
  fs.writeFileSync(path.join(work, 'static', 'static', 'index.html'), topic.html)
  const staticNginx = await startNginx(
    path.join(work, 'static'),
    renderTemplate(template('bench/static-nginx.conf'), listen(staticPort)),
    staticPort,
  )
  stops.push(staticNginx.stop)

  const loadBefore = os.loadavg()
  console.log(`Load average before the runs: ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`)
  const runs = new Map<string, (WrkResult & { raw: string })[]>()
  // Summed over each way of serving's runs: a slow tail made by dropped connections or resent segments shows here.
  const tcp: Partial<Record<Via, TcpCounters>> = {}
  const measure = async (via: Via, page: string, url: string) => {
    const key = `${via} ${page}`
    process.stdout.write(`  ${key}… `)
    // nginx accepts new connections as fast as they come; the app only one per turn of its event loop (openConnections)
    const run = via === 'app' ? runWrkOnOpenConnections : runWrk
    const before = readTcpCounters()
    const result = await run({ url, seconds, connections, threads })
    const moved = tcpCountersSince(before)
    if (moved) tcp[via] = addTcpCounters(tcp[via], moved)
    console.log(`${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(2)} ms`)
    runs.set(key, [...(runs.get(key) ?? []), result])
  }
  for (let round = 1; round <= repeat; round++) {
    console.log(`Round ${round} of ${repeat}: wrk ${seconds} s at ${connections} connections, ${threads} threads`)
    await measure('static', 'topic (file)', `${staticBase}/`)
    for (const [via, base] of [
      ['app', app],
      ['front', front],
    ] as const) {
      for (const { page, path: pagePath } of PAGES) {
        if (!missing.has(pagePath)) await measure(via, page, `${base}${pagePath}`)
      }
    }
  }

  console.log(`View beacons: the article page alone, then under ${options.beacons} beacons a second…`)
  const articles = await (await fetch(`${app}/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`)).json()
  const beaconLoad = (base: string) =>
    measureBeaconLoad({
      base,
      pagePath: `/articles/${ARTICLE_SLUG}`,
      articleId: articles.docs[0].id,
      rate: Number(options.beacons),
      wrk: { seconds, connections, threads },
      appAlone: base === app,
    })
  const beacons: Record<'app' | 'front', BeaconLoad> = { app: await beaconLoad(app), front: await beaconLoad(front) }
  for (const [via, load] of Object.entries(beacons)) {
    const { pageAlone, pageUnderBeacons, beacons: sent } = load
    console.log(
      `  ${via}: ${pageAlone.requestsPerSecond.toFixed(0)} req/s (p99 ${pageAlone.p99Ms.toFixed(1)} ms) alone, ` +
        `${pageUnderBeacons.requestsPerSecond.toFixed(0)} req/s (p99 ${pageUnderBeacons.p99Ms.toFixed(1)} ms) under ` +
        `${sent.requestsPerSecond.toFixed(0)} beacons/s (p99 ${sent.p99Ms.toFixed(1)} ms, ${sent.errorResponses} refused)`,
    )
  }

  const loadAfter = os.loadavg()
  const rssMb = serverRssMb(appPid)

  const layout: Row[] = [
    { via: 'static', page: 'topic (file)', path: TOPIC_PATH },
    ...(['app', 'front'] as const).flatMap((via) =>
      PAGES.map(({ page, path: pagePath }) => ({ via, page, path: pagePath })),
    ),
  ]
  const rows = layout.map((row): Row => {
    const measured = runs.get(`${row.via} ${row.page}`)
    return measured ? { ...row, figures: summarise(measured) } : { ...row, missing: missing.get(row.path) }
  })

  console.log('Publishing edits to the topic as the editor…')
  const publish = await publishTimings({ app, front, email: `editor${DEMO_EMAIL_DOMAIN}`, password, path: TOPIC_PATH })
  const outcome = {
    rows,
    rssMb: rssMb.total,
    firstRenderMs: publish.firstRenderMs,
    frontVisibleMs: publish.frontVisibleMs,
  }
  const checks = checksFor(outcome)

  const stamp = new Date().toISOString().slice(0, 16).replace(':', '')
  const resultsFile = path.resolve('bench/results', `${stamp}Z.json`)
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
  const settings = { seconds, connections, threads, repeat, built: !options['no-build'] }
  const raw = Object.fromEntries([...runs].map(([key, results]) => [key, results.map((result) => result.raw)]))
  const results = { date: new Date().toISOString(), machine: machine(), loadBefore, loadAfter, settings, ...outcome }
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ ...results, rss: rssMb, publish, beacons, tcp, checks, raw }, null, 2)}\n`,
  )

  console.log(`\n${formatReport(outcome)}\n`)
  console.log(`Publish: first renders ${publish.firstRenders.map((ms) => ms.toFixed(1)).join(', ')} ms (median shown)`)
  console.log(
    `Front: edit visible after ${publish.frontVisible.map((ms) => ms.toFixed(0)).join(', ')} ms (worst shown)`,
  )
  for (const [via, counters] of Object.entries(tcp)) {
    const figures = Object.entries(counters).map(([name, n]) => `${name} ${n}`)
    console.log(`TCP counters over the ${via} runs (whole machine): ${figures.join(', ')}`)
  }
  console.log(`Load average after: ${loadAfter.map((load) => load.toFixed(2)).join(' ')}; results in ${resultsFile}`)

  const broken = rows.filter(
    (row) => row.missing || (row.figures && row.figures.errorResponses + row.figures.socketErrors > 0),
  )
  if (broken.length > 0) {
    console.error(`\nFAILED: ${broken.map((row) => `${row.via} ${row.page}`).join(', ')} missing or answered errors`)
    return 1
  }
  const lostBeacons = Object.entries(beacons).filter(
    ([, { beacons: sent }]) => sent.errorResponses + sent.socketErrors + sent.timeouts > 0,
  )
  if (lostBeacons.length > 0) {
    console.error(`\nFAILED: beacons refused or lost via ${lostBeacons.map(([via]) => via).join(' and ')}`)
    return 1
  }
  if (publish.stale) {
    console.error('\nFAILED: a page showed the old title after the publish')
    return 1
  }
  return 0
}

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(`\nFAILED: ${(error as Error).stack ?? error}`)
} finally {
  await stopAll()
}
if (code === 0) fs.rmSync(work, { recursive: true, force: true })
else console.error(`Kept ${work} (app log, nginx logs) for a look.`)
process.exit(code)
