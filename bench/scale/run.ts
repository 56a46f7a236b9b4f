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

import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'

import { freePort } from '../../tests/helpers/freePort'
import { startDemoApp } from '../demoApp'
import { ensureTools } from '../machine'
import { serverRssMb } from '../rss'

import { besideDatabase, ensureDataset } from './dataset'
import { reportFullRun } from './fullReport'
import { editorSession } from './http'
import { adminCalls, exportCases, ranking } from './measure/editorCalls'
import { measurePage, restoreTitles, type PageFigures, type Renamed } from './measure/pages'
import { publishVisible, type Poll } from './measure/publishVisible'
import { reindexSearch } from './measure/reindex'
import { options, renders, sizes, votesOnly, wrk } from './options'
import { readerPages, REGION_CODE, TOPIC_SLUG } from './readerPages'
import type { Outcome } from './targets'
import { measureVotes } from './voteRounds'
import { votesAlone } from './votesOnly'

const DIST_DIR = options['dist-dir']

ensureTools()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-scale-'))
const stops: (() => Promise<void> | void)[] = []
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop()
}
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))

type Doc = { id: string | number; slug?: string; campaign?: string | number | null }

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
  const pages = readerPages(article.slug, manifest.words)

  const loadBefore = os.loadavg()
  console.log(`Load average before measuring: ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`)
  if (votesOnly) return votesAlone(await measureVotes({ app, editor, campaign }), { loadBefore, manifest, reused })
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
  const pollsText = (polls: Poll[]) =>
    polls.map((poll) => `${poll.atMs.toFixed(0)}${poll.cache ? ` ${poll.cache}` : ''}${poll.shown ? ' ✓' : ''}`)
  publish.rounds.forEach((round, index) =>
    console.log(
      `  publish ${index + 1}: answered in ${round.answeredMs.toFixed(0)} ms; topic polls ` +
        `${pollsText(round.topic).join(', ')}; article polls ${pollsText(round.article).join(', ')}`,
    ),
  )
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

  const votes = await measureVotes({ app, editor, campaign })

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
  return reportFullRun({ outcome, rss, loadBefore, manifest, reused })
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
