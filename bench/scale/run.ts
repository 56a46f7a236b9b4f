/**
 * `npm run bench:scale`: the system at a newsroom's size. Builds the dataset (100,000 articles over ten years,
 * 20,000 cases in every status with reviews and audit trails, 2,000 livestream events, 1,000,000 page views in daily
 * counters, 100,000 votes) through the bulk import, serves it with the production build and `npm start` (the demo
 * launcher, on its own build folder .next-scale), and measures the reader pages (first render after a publish,
 * cached throughput), publish → visible, the editor's REST calls, the ranking, the exports, bursts of votes and the
 * server's memory, each against its target. Exits non-zero when a page breaks or a count is off.
 * Options: --database <DATABASE_URI> (build in and serve this database; a file database that already holds a
 * dataset, with its x.db.json beside it, is reused without generating) --articles --cases --events --views --votes
 * (smaller datasets for a quick check) --seconds 10 --connections 64 --threads 2 (wrk) --renders 3 (publishes per
 * page) --no-build (reuse the last build) --dist-dir .next-scale (the build folder) --only votes (start the app on the
 * dataset and measure the vote bursts alone, --rounds times: for working on the vote on kept data). See
 * bench/README.md.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'

import { freePort } from '../../tests/helpers/freePort'
import { startDemoApp } from '../demoApp'
import { ensureTools, machine } from '../machine'
import { serverRssMb } from '../rss'

import { besideDatabase, ensureDataset, type Manifest } from './dataset'
import { editorSession } from './http'
import { adminCalls, exportCases, ranking } from './measure/editorCalls'
import { measurePage, restoreTitles, type PageFigures, type PageSpec, type Renamed } from './measure/pages'
import { publishVisible } from './measure/publishVisible'
import { reindexSearch } from './measure/reindex'
import { voteBurst, type VoteFigures } from './measure/votes'
import { checksFor, failures, formatChecks, formatReport, voteChecks, type Outcome } from './targets'

const { values: options } = parseArgs({
  options: {
    database: { type: 'string' },
    articles: { type: 'string', default: '100000' },
    cases: { type: 'string', default: '20000' },
    events: { type: 'string', default: '2000' },
    views: { type: 'string', default: '1000000' },
    votes: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    renders: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'dist-dir': { type: 'string', default: '.next-scale' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
})
const sizes = {
  articles: Number(options.articles),
  cases: Number(options.cases),
  events: Number(options.events),
  views: Number(options.views),
  votes: Number(options.votes),
}
const wrk = {
  seconds: Number(options.seconds),
  connections: Number(options.connections),
  threads: Number(options.threads),
}
const renders = Number(options.renders)
const rounds = Number(options.rounds)
if (options.only !== undefined && options.only !== 'votes') throw new Error('--only takes "votes"')
const votesOnly = options.only === 'votes'

const DIST_DIR = options['dist-dir']
const TOPIC_SLUG = 'fujian-zuji-2020'
/** 永安市: a county with its share of the ten years' articles. */
const REGION_CODE = '350481'
const VOTE_BURSTS = [500, 5_000]

ensureTools()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-scale-'))
const stops: (() => Promise<void> | void)[] = []
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop()
}
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))

type Doc = { id: string | number; slug?: string; campaign?: string | number | null }

const loadNow = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')

const resultsPath = (kind: string) => {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '')
  const file = path.resolve('bench/results', `${kind}-${stamp}Z.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return file
}

/** `--only votes`: the bursts' figures and verdicts, in a results file of their own. */
const votesAlone = (
  votes: VoteFigures[],
  { loadBefore, manifest, reused }: { loadBefore: number[]; manifest: Manifest; reused: boolean },
) => {
  const resultsFile = resultsPath('scale-votes')
  const checks = voteChecks(votes)
  const loadAfter = os.loadavg()
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    loadBefore,
    loadAfter,
    settings: {
      database: options.database ? 'given with --database' : 'fresh file in a temp folder',
      sizes,
      wrk,
      only: 'votes',
      rounds,
      built: !options['no-build'],
    },
    dataset: { reused, sizes: manifest.sizes, rows: manifest.rows },
    votes,
    checks,
  }
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${formatChecks(checks)}\n`)
  console.log(`Load average after: ${loadNow()}; results in ${resultsFile}`)
  const off = votes.filter((burst) => !burst.exact)
  if (off.length > 0)
    console.error(`\nFAILED:\n- ${off.map((burst) => `${burst.sent} votes: counts not exact`).join('\n- ')}`)
  return off.length > 0 ? 1 : 0
}

const main = async () => {
  const database = options.database ?? `file:${path.join(work, 'scale.db')}`
  const mediaDir = besideDatabase(database).media ?? path.join(work, 'media')
  const password = randomBytes(12).toString('base64url')
  console.log(`Dataset in ${database}`)
  const { manifest, reused } = await ensureDataset({ database, sizes, mediaDir, work, password })
  console.log(reused ? 'Reusing the dataset built before.' : `Dataset built in ${manifest.totalSeconds.toFixed(0)} s.`)
  // The app's uploads are the dataset's
  if (mediaDir !== path.join(work, 'media')) fs.symlinkSync(mediaDir, path.join(work, 'media'))

  const port = await freePort()
  console.log(`Building and starting the app (${DIST_DIR}, log ${path.join(work, 'app.log')})…`)
  const launcher = await startDemoApp({
    port,
    password,
    work,
    distDir: DIST_DIR,
    build: !options['no-build'],
    database,
    stops,
    // The votes' proofs of work are answered by this process before the burst; checking one costs the server the
    // same at any difficulty, so a light one keeps the preparation short without changing what is measured.
    env: { PROOF_OF_WORK_MAX_COUNTER: '200' },
  })
  const app = `http://127.0.0.1:${port}`
  const editor = await editorSession(app, `editor${DEMO_EMAIL_DOMAIN}`, password)

  const one = async (query: string) => (await editor.json<{ docs: Doc[] }>(query)).docs[0]
  const topic = await one(`/api/topics?where[slug][equals]=${TOPIC_SLUG}&depth=0&limit=1`)
  const region = await one(`/api/regions?where[code][equals]=${REGION_CODE}&depth=0&limit=1`)
  const article = await one(
    `/api/articles?where[regions][in]=${region.id}&where[_status][equals]=published&sort=-publishedAt&depth=0&limit=1`,
  )
  const campaign = topic.campaign as string | number
  const q = encodeURIComponent
  const pages: PageSpec[] = [
    { name: 'home', path: '/', edits: 'article' },
    { name: 'topic', path: `/topics/${TOPIC_SLUG}`, edits: 'topic' },
    { name: 'article', path: `/articles/${article.slug}`, edits: 'article', article: article.slug },
    { name: 'cases', path: '/cases', edits: 'case' },
    { name: 'cases, filtered', path: `/cases?type=${q('扶贫经验')}&status=excellent`, edits: 'case' },
    { name: 'cases, page 50', path: '/cases?page=50', edits: 'case', showsEdit: false },
    { name: 'search, rare word', path: `/search?q=${q(manifest.words.rare)}`, edits: 'article' },
    { name: 'search, common word', path: `/search?q=${q(manifest.words.common)}`, edits: 'article' },
    { name: 'region', path: `/regions/${REGION_CODE}`, edits: 'article' },
    { name: 'rss', path: '/rss.xml', edits: 'article' },
    { name: 'sitemap', path: '/sitemap.xml', edits: 'article', showsEdit: false },
  ]

  /** The bursts of votes, `rounds` times over (new voters and addresses each time). */
  const measureVotes = async () => {
    console.log('Votes…')
    const shortlisted = await editor.json<{ docs: Doc[] }>(
      `/api/case-submissions?where[campaign][equals]=${campaign}&where[status][equals]=shortlisted` +
        '&depth=0&limit=100&select[title]=true',
    )
    const bursts: VoteFigures[] = []
    let addressBase = randomBytes(2).readUInt16BE() << 8
    for (let round = 0; round < rounds; round++) {
      for (const total of VOTE_BURSTS) {
        const burst = await voteBurst({
          app,
          editor,
          caseIds: shortlisted.docs.map((doc) => doc.id),
          total,
          connections: wrk.connections,
          addressBase,
        })
        addressBase += total
        bursts.push(burst)
        console.log(
          `  ${total} votes: ${burst.accepted} accepted, ${burst.acceptedPerSecond.toFixed(0)}/s, ` +
            `p50 ${burst.p50Ms.toFixed(0)} ms, p99 ${burst.p99Ms.toFixed(0)} ms, ` +
            `${burst.exact ? 'counts exact' : 'COUNTS OFF'}; load ${loadNow()}`,
        )
      }
    }
    return bursts
  }

  const loadBefore = os.loadavg()
  console.log(`Load average before measuring: ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`)
  if (votesOnly) return votesAlone(await measureVotes(), { loadBefore, manifest, reused })
  const renamed: Renamed = new Map()
  const pageFigures: PageFigures[] = []
  for (const spec of pages) {
    process.stdout.write(`  ${spec.name}… `)
    const figures = await measurePage({ app, editor, spec, renders, wrk, topicSlug: TOPIC_SLUG, renamed })
    pageFigures.push(figures)
    console.log(
      figures.broken
        ? `BROKEN: ${figures.broken}`
        : `first renders ${figures.renders.map((render) => render.ms.toFixed(0)).join(', ')} ms; ` +
            `${figures.wrk?.requestsPerSecond.toFixed(0)} req/s cached`,
    )
  }
  await restoreTitles(editor, renamed)

  console.log('Publish → visible…')
  const publish = await publishVisible({
    app,
    editor,
    topic: { id: topic.id, slug: TOPIC_SLUG, campaign },
    times: renders,
  })
  console.log('The editor’s REST calls, the ranking, the exports…')
  const admin = await adminCalls(editor, 5)
  const rankingFigures = await ranking(editor, campaign, 5)
  const exports = [
    await exportCases(editor, campaign, 'csv', launcher),
    await exportCases(editor, campaign, 'xlsx', launcher),
  ]
  const expectedCases = (
    await editor.json<{ totalDocs: number }>(`/api/case-submissions/count?where[campaign][equals]=${campaign}`)
  ).totalDocs

  const votes = await measureVotes()

  const rss = serverRssMb(launcher)
  console.log('Search rebuild of the whole dataset…')
  const reindex = await reindexSearch(database)
  const outcome: Outcome = {
    pages: pageFigures,
    publish,
    admin,
    ranking: rankingFigures,
    exports,
    expectedCases,
    votes,
    rssMb: rss.total,
    reindex,
  }
  const loadAfter = os.loadavg()
  const resultsFile = resultsPath('scale')
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    loadBefore,
    loadAfter,
    settings: {
      // Which kind, not where: the results file is kept with the code
      database: options.database ? 'given with --database' : 'fresh file in a temp folder',
      sizes,
      wrk,
      renders,
      built: !options['no-build'],
    },
    dataset: { reused, ...manifest },
    ...outcome,
    rss,
    checks: checksFor(outcome),
  }
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)

  console.log(`\n${formatReport(outcome)}\n`)
  if (!reused) {
    const articles = manifest.phases.find((phase) => phase.name === 'articles')
    console.log(
      `Dataset: ${manifest.totalSeconds.toFixed(0)} s in all; ` +
        `articles ${articles?.perSecond.toFixed(0)}/s through the bulk import`,
    )
  }
  console.log(`Load average after: ${loadAfter.map((load) => load.toFixed(2)).join(' ')}; results in ${resultsFile}`)
  const failed = failures(outcome)
  if (failed.length > 0) {
    console.error(`\nFAILED:\n- ${failed.join('\n- ')}`)
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
if (code === 0 && !options.database) fs.rmSync(work, { recursive: true, force: true })
else console.error(`Kept ${work} (app log${options.database ? '' : ', dataset'}) for a look.`)
process.exit(code)
