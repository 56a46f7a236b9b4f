import type { Client, InStatement } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { editorOverview } from '@/admin/dashboard/editorOverview'
import { countedVotesOfBurst } from '@/collections/VoteBursts/hooks/decideBurst'
import { getArticle, latestArticles, relatedArticles } from '@/data/articles'
import { readCaseLibrary } from '@/data/caseLibrary'
import { getReaderCase } from '@/data/caseDetail'
import { getEvent } from '@/data/events'
import { readHotLists } from '@/data/hotList'
import { getRegionPage } from '@/data/regionPage'
import { search } from '@/data/search'
import { sitemapFile, sitemapFiles } from '@/data/sitemap'
import { getTopicPage } from '@/data/topicPage'
import { listTopics } from '@/data/topics'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { loadRegions } from '@/regions/loadRegions'
import { updateViewTotals } from '@/views/viewTotals'
import { recordVote } from '@/voting/recordVotes'
import { voteMinute } from '@/workflow/voteBursts'
import { voteDay } from '@/workflow/voteRules'

import { pngImage } from '../helpers/files'
import { planProblems, type PlanRow } from '../helpers/queryPlans'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { isSqlite } from '../helpers/testDatabase'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: TestApp
let cast: Cast
let client: Client
let captured: string[] = []
let original: Client['execute']
let originalTransaction: Client['transaction']

const capture = (statement: InStatement) => {
  const sql = typeof statement === 'string' ? statement : statement.sql
  if (/^\s*select/i.test(sql)) {
    captured.push(JSON.stringify({ sql, args: typeof statement === 'string' ? [] : statement.args }))
  }
}
const ids: Record<string, number> = {}
const region: Record<string, number> = {}
const context = { disableRevalidate: true }

/** Runs a read and returns every SELECT the data layer sent while it ran, with its arguments. */
const queriesOf = async (run: () => Promise<unknown>) => {
  captured = []
  await run()
  return captured
}

/** Each SELECT a read sent, with SQLite's plan for it. */
const explained = async (run: () => Promise<unknown>) => {
  const plans: { sql: string; plan: PlanRow[] }[] = []
  for (const statement of await queriesOf(run)) {
    const { sql, args } = JSON.parse(statement) as { sql: string; args: never[] }
    const { rows } = await original.call(client, { sql: `EXPLAIN QUERY PLAN ${sql}`, args })
    plans.push({
      sql,
      plan: rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), detail: String(row.detail) })),
    })
  }
  return plans
}

const plansOf = async (run: () => Promise<unknown>) => {
  const plans = await explained(run)
  const problems = plans.flatMap(({ sql, plan }) =>
    planProblems(sql, plan).map((problem) => `${problem}\n    in: ${sql.slice(0, 300)}`),
  )
  return { problems, queries: plans.length }
}

beforeAll(async () => {
  ;({ app, cast } = await startWithCast())
  await loadRegions(app.payload)
  const { docs } = await app.payload.find({
    collection: 'regions',
    where: { code: { in: ['350000', '350400', '350481', '350982'] } },
    pagination: false,
  })
  for (const doc of docs) region[doc.code] = doc.id
  const buffer = await pngImage(800, 450)
  const image = await app.payload.create({
    collection: 'media',
    data: { alt: '直播现场' },
    file: { data: buffer, mimetype: 'image/png', name: 'live.png', size: buffer.length },
    context,
  })
  ids.campaign = (
    await app.payload.create({ collection: 'campaigns', data: { name: '福建足迹', year: 2020 }, context })
  ).id
  ids.topic = (
    await app.payload.create({
      collection: 'topics',
      data: { title: '福建足迹', slug: 'fujian', campaign: ids.campaign, _status: 'published' },
      context,
    })
  ).id
  for (const [index, code] of ['350481', '350400', '350982'].entries()) {
    const doc = await app.payload.create({
      collection: 'articles',
      data: {
        title: `直播带货第${index + 1}站`,
        body: lexicalParagraphs(['直播带货。']) as never,
        source: '东南网',
        responsibleEditor: cast.users.editor.id,
        heroImage: image.id,
        regions: [region[code]],
        topics: [ids.topic],
        categories: ['cooperation'],
        campaign: ids.campaign,
        reporters: ['记者甲'],
        _status: 'published',
      },
      context,
    })
    ids[`article${index}`] = doc.id
  }
  const event = await app.payload.create({
    collection: 'livestream-events',
    data: {
      title: '永安直播',
      slug: 'yongan',
      campaign: ids.campaign,
      region: region['350481'],
      _status: 'published',
      snapshots: [{ asOf: '2020-07-09T21:00:00+08:00', onlineSalesFen: 100 }],
    },
    context,
  })
  ids.event = event.id
  ids.case = (
    await app.payload.create({
      collection: 'case-submissions',
      data: {
        title: '永安案例',
        type: '创新模式',
        status: 'excellent' as 'draft',
        campaign: ids.campaign,
        region: region['350481'],
        publishedOnSite: true,
      },
      context: { ...context, caseTransition: true },
    })
  ).id
  await app.payload.update({
    collection: 'topics',
    id: ids.topic,
    data: {
      layout: [
        {
          blockType: 'statCounters',
          campaign: ids.campaign,
          counters: [{ label: '稿件', source: 'computed', metric: 'articles' }],
        },
        { blockType: 'livestreamHighlights', campaign: ids.campaign },
        { blockType: 'caseShowcase', campaign: ids.campaign },
        { blockType: 'articleList', heading: '专题', filter: 'topic' },
        { blockType: 'articleList', heading: '三明', filter: 'region', region: region['350400'] },
        { blockType: 'articleList', heading: '协作', filter: 'category', category: 'cooperation' },
        { blockType: 'regionGrid', parent: region['350000'] },
      ],
    },
    context,
  })
  for (const key of ['article0', 'article1']) {
    await app.payload.create({
      collection: 'page-views',
      data: { viewedCollection: 'articles', docId: String(ids[key]), day: '2099-01-01', count: 3 },
      overrideAccess: true,
    })
  }
  await updateViewTotals(app.payload, 'articles', [String(ids.article0), String(ids.article1)])

  client = (app.payload.db as unknown as { client: Client }).client
  original = client.execute
  originalTransaction = client.transaction
  client.execute = ((statement: InStatement) => {
    capture(statement)
    return original.call(client, statement)
  }) as Client['execute']
  // Writes read inside their transaction, on the writer connection (src/config/sqlite/serializeWrites.ts)
  client.transaction = (async (...args: Parameters<Client['transaction']>) => {
    const transaction = await originalTransaction.apply(client, args)
    const execute = transaction.execute.bind(transaction)
    transaction.execute = ((statement: InStatement) => {
      capture(statement)
      return execute(statement)
    }) as typeof transaction.execute
    return transaction
  }) as Client['transaction']
})
afterAll(async () => {
  if (client) Object.assign(client, { execute: original, transaction: originalTransaction })
  await app?.close()
})

const reader = {}

/** The reads behind every reader page, and the calls an editor's admin makes most. */
const HOT_READS: Record<string, () => Promise<unknown>> = {
  'home: latest articles and topics': () => Promise.all([latestArticles(reader, 12), listTopics(reader)]),
  'rss: latest articles': () => latestArticles(reader, 30),
  'hot lists': () => readHotLists(app.payload),
  'topic page': () => getTopicPage(reader, 'fujian'),
  'article page and its related reading': async () => {
    const article = await getArticle(
      reader,
      (await app.payload.findByID({ collection: 'articles', id: ids.article0 })).slug!,
    )
    const refs = (values: unknown[] | null | undefined) =>
      (values ?? []).map((value) => (typeof value === 'object' ? (value as { id: number }).id : (value as number)))
    return relatedArticles(reader, { id: article!.id, topics: refs(article!.topics), regions: refs(article!.regions) })
  },
  'region page': () => getRegionPage(reader, '350400'),
  'live page': () => getEvent(reader, 'yongan'),
  'case page': () => getReaderCase(reader, String(ids.case)),
  'case library, first page and filtered': () =>
    Promise.all([
      readCaseLibrary({}, new Date(), reader),
      readCaseLibrary({ region: '350400', page: '3' }, new Date(), reader),
    ]),
  'search for a common word': () => search(reader, '直播带货'),
  'sitemap index and files': () =>
    Promise.all([sitemapFiles(reader), sitemapFile(reader, 'pages'), sitemapFile(reader, 'articles-1')]),
  'admin: articles by last change': () =>
    app.payload.find({ collection: 'articles', sort: '-updatedAt', limit: 10, depth: 0, overrideAccess: true }),
  'admin: the article list as the admin shows it (latest versions)': () =>
    app.payload.find({
      collection: 'articles',
      draft: true,
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      overrideAccess: true,
    }),
  'admin: cases by status': () =>
    app.payload.find({
      collection: 'case-submissions',
      where: { status: { equals: 'submitted' } },
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      overrideAccess: true,
    }),
  // Every editor's admin home: the campaign's figures, today's votes and most read, the scheduled items
  'admin: the editor start page': () => editorOverview(app.payload),
  // The public vote: each batch's reads of its cases, voters, networks and proofs (votes are refused here, the case
  // being past its vote, after the same reads)
  'a batch of votes': () =>
    recordVote(app.payload, {
      caseId: ids.case,
      voter: 'voter',
      address: 'address',
      network: 'network',
      proof: 'proof',
      day: voteDay(new Date()),
      now: new Date(),
    }),
  'admin: voiding a burst (its counted votes)': () =>
    app.payload.find({
      collection: 'case-votes',
      where: countedVotesOfBurst({ case: ids.case, network: 'network', minute: voteMinute(new Date()) }),
      overrideAccess: true,
    }),
  'admin: counts': () =>
    Promise.all([
      app.payload.count({ collection: 'articles', overrideAccess: true }),
      app.payload.count({ collection: 'case-submissions', where: { status: { equals: 'shortlisted' } } }),
    ]),
}

// The plans read are SQLite's (EXPLAIN QUERY PLAN through its client); PostgreSQL's are not checked here yet
describe.skipIf(!isSqlite())('hot queries on SQLite', () => {
  for (const [name, run] of Object.entries(HOT_READS)) {
    it(`never walk or sort a big table: ${name}`, async () => {
      const { problems, queries } = await plansOf(run)
      expect(queries).toBeGreaterThan(0)
      expect(problems).toEqual([])
    })
  }

  // On a day of the vote, a search by the day alone reads every vote of that day: each of the batch's reads goes
  // by an index that starts from what it asks for
  it('reads the votes a batch is judged against by voter, network and proof, never by the day alone', async () => {
    const searches = (await explained(HOT_READS['a batch of votes']))
      .flatMap(({ plan }) => plan.map((row) => row.detail))
      .filter((detail) => /^(SEARCH|SCAN) case_votes\b/.test(detail))
    expect(searches).toHaveLength(3)
    for (const search of searches) expect(search).toMatch(/\((voter|case_id=\? AND day=\? AND network|proof)=\?/)
  })

  // No index is kept for voiding alone: the burst's day lets it use the one the vote reads by
  it('finds the votes of a burst to void by (case, day, network), not by the case alone', async () => {
    const searches = (await explained(HOT_READS['admin: voiding a burst (its counted votes)']))
      .flatMap(({ plan }) => plan.map((row) => row.detail))
      .filter((detail) => /^(SEARCH|SCAN) case_votes\b/.test(detail))
    expect(searches.length).toBeGreaterThan(0)
    for (const search of searches) expect(search).toContain('(case_id=? AND day=? AND network=?)')
  })
})
