/**
 * Builds the scale benchmark's dataset in the database DATABASE_URI names (run by bench/scale/run.ts in a process of
 * its own, in production mode so the committed migrations make the schema): the demo content first, then the
 * newsroom-size data through the bulk import (src/import/bulk), with a progress line per phase. Writes a summary of
 * what it made, how long each phase took and at what rate, to the file given as --manifest.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

const { values: options } = parseArgs({
  options: {
    manifest: { type: 'string' },
    articles: { type: 'string', default: '100000' },
    cases: { type: 'string', default: '20000' },
    events: { type: 'string', default: '2000' },
    views: { type: 'string', default: '1000000' },
    votes: { type: 'string', default: '100000' },
    units: { type: 'string', default: '400' },
    seed: { type: 'string', default: '20261203' },
  },
})
const sizes = {
  articles: Number(options.articles),
  cases: Number(options.cases),
  events: Number(options.events),
  views: Number(options.views),
  votes: Number(options.votes),
  units: Number(options.units),
}
const password = process.env.DEMO_PASSWORD
if (!options.manifest || !password) {
  console.error('generate.ts is run by bench/scale/run.ts (--manifest <file> and DEMO_PASSWORD are needed)')
  process.exit(2)
}

// Under Node 20, loading @payloadcms/richtext-lexical's main entry first sometimes deadlocks in its own module graph
// (exit code 13); loading its `lexical` entry first avoids that, as in src/scripts/seedDemo.ts.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('@/seed')
const { CAMPAIGN_SLUG, CAMPAIGN_YEAR } = await import('@/seed/content/campaign')
const { TOPIC_SLUG } = await import('@/seed/content/topic')
const { bulkImport } = await import('@/import/bulk/bulkImport')
const { articles } = await import('./dataset/articles')
const { auditEventCount, auditEvents, cases, reviews, votes } = await import('./dataset/cases')
const { COMMON_WORD, RARE_WORD } = await import('./dataset/chineseText')
const { events } = await import('./dataset/events')
const { seededRandom } = await import('./dataset/random')
const { setUp } = await import('./dataset/setup')
const { pageViews } = await import('./dataset/views')
const { progressBar } = await import('./progress')

type Phase = { name: string; count: number; seconds: number; perSecond: number; cpuSeconds: number }

const phases: Phase[] = []

/** Runs one phase under a progress line and records its time, rate and the CPU this process spent on it. */
const phase = async (name: string, total: number, run: (tick: (done: number) => void) => Promise<number>) => {
  const bar = progressBar(name, total)
  const cpu = process.cpuUsage()
  const count = await run(bar.update)
  const { user, system } = process.cpuUsage(cpu)
  phases.push({ name, ...bar.finish(count), cpuSeconds: (user + system) / 1e6 })
}

const idOfSlug = async (payload: Payload, collection: 'campaigns' | 'topics', slug: string) => {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`the demo seed made no ${collection} ${slug}`)
  return docs[0].id
}

const payload = await getPayload({ config })
// The demo alone holds a few dozen articles; more means a dataset (or a newsroom) is there already
const { totalDocs: present } = await payload.count({ collection: 'articles', overrideAccess: true })
if (present > 100) {
  console.error(`The database already holds ${present} articles: the dataset is built into an empty database.`)
  process.exit(2)
}
const started = performance.now()
const random = seededRandom(Number(options.seed))
const now = new Date()
const tenYearsAgo = new Date(Date.UTC(now.getUTCFullYear() - 10, now.getUTCMonth(), now.getUTCDate()))
const years = Array.from({ length: 11 }, (_, index) => tenYearsAgo.getUTCFullYear() + index)

await phase('demo content', 1, async () => {
  await seedDemo(payload, { password })
  return 1
})
const demo = {
  campaign: await idOfSlug(payload, 'campaigns', CAMPAIGN_SLUG),
  topic: await idOfSlug(payload, 'topics', TOPIC_SLUG),
  year: CAMPAIGN_YEAR,
}
let setup!: Awaited<ReturnType<typeof setUp>>
await phase('units, images', 1, async () => {
  setup = await setUp(payload, random, { years, password, units: sizes.units })
  return 1
})

const written: (number | string)[] = []
const published: { id: number | string; publishedAt: number }[] = []
await phase('articles', sizes.articles, async (tick) => {
  const dates: (number | null)[] = []
  const source = articles(random, setup, { count: sizes.articles, from: tenYearsAgo, to: now, demo, written })
  const recorded = (function* () {
    for (const article of source) {
      dates.push(article._status === 'published' ? Date.parse(article.publishedAt as string) : null)
      yield article
    }
  })()
  const { ids } = await bulkImport(payload, 'articles', recorded, {
    onBatch: (batch, progress) => {
      written.push(...batch)
      tick(progress.written)
    },
  })
  ids.forEach((id, index) => {
    const date = dates[index]
    if (date != null) published.push({ id, publishedAt: date })
  })
  return ids.length
})

await phase('livestreams', sizes.events, async (tick) => {
  const source = events(random, setup, { count: sizes.events, from: tenYearsAgo, to: now, demo })
  const { ids } = await bulkImport(payload, 'livestream-events', source, {
    batchSize: 100,
    onBatch: (_, progress) => tick(progress.written),
  })
  return ids.length
})

const plans: import('./dataset/cases').CasePlan[] = []
let caseIds: (number | string)[] = []
await phase('cases', sizes.cases, async (tick) => {
  const source = cases(random, setup, { count: sizes.cases, campaign: demo.campaign, now, plans })
  ;({ ids: caseIds } = await bulkImport(payload, 'case-submissions', source, {
    onBatch: (_, progress) => tick(progress.written),
  }))
  return caseIds.length
})
await phase('audit trail', auditEventCount(plans), async (tick) => {
  const { ids } = await bulkImport(payload, 'audit-events', auditEvents(random, setup, caseIds, plans), {
    batchSize: 500,
    onBatch: (_, progress) => tick(progress.written),
  })
  return ids.length
})
const reviewCount = plans.reduce((sum, plan) => sum + plan.reviewers.length, 0)
await phase('reviews', reviewCount, async (tick) => {
  const { ids } = await bulkImport(payload, 'case-reviews', reviews(random, caseIds, plans), {
    batchSize: 500,
    onBatch: (_, progress) => tick(progress.written),
  })
  return ids.length
})
await phase('votes', sizes.votes, async (tick) => {
  const { ids } = await bulkImport(payload, 'case-votes', votes(random, caseIds, plans, sizes.votes, now), {
    // Each batch raises the counters of the cases it holds once: bigger batches, fewer counter writes
    batchSize: 2_000,
    onBatch: (_, progress) => tick(progress.written),
  })
  return ids.length
})

let viewRows = 0
await phase('page views', sizes.views, async (tick) => {
  let views = 0
  const rows = (function* () {
    for (const row of pageViews(random, published, sizes.views, now)) {
      views += row.count
      yield row
    }
  })()
  const { ids } = await bulkImport(payload, 'page-views', rows, {
    batchSize: 500,
    onBatch: () => tick(views),
  })
  viewRows = ids.length
  return views
})

const counted = async (collection: Parameters<Payload['count']>[0]['collection']) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
const manifest = {
  date: now.toISOString(),
  sizes,
  seed: Number(options.seed),
  words: { common: COMMON_WORD, rare: RARE_WORD },
  demo,
  totalSeconds: (performance.now() - started) / 1000,
  phases,
  rows: {
    articles: await counted('articles'),
    'livestream-events': await counted('livestream-events'),
    'case-submissions': await counted('case-submissions'),
    'case-reviews': await counted('case-reviews'),
    'audit-events': await counted('audit-events'),
    'case-votes': await counted('case-votes'),
    'page-views': viewRows,
    'search-index': await counted('search-index'),
  },
}
fs.writeFileSync(options.manifest, `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`Dataset built in ${manifest.totalSeconds.toFixed(0)} s`)
process.exit(0)
