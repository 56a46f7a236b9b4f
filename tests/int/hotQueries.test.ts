import type { Client } from '@libsql/client'
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
import { recordVote } from '@/voting/recordVotes'
import { voteMinute } from '@/workflow/voteBursts'
import { voteDay } from '@/workflow/voteRules'

import { seedHotQueryFixtures } from '../helpers/hotQueryFixtures'
import { captureSelects, type SelectCapture } from '../helpers/selectCapture'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { isSqlite } from '../helpers/testDatabase'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: TestApp
let capture: SelectCapture
let ids: Record<string, number>

beforeAll(async () => {
  const started = await startWithCast()
  app = started.app
  ids = await seedHotQueryFixtures(app.payload, started.cast.users.editor.id)
  capture = captureSelects((app.payload.db as unknown as { client: Client }).client)
})
afterAll(async () => {
  capture?.restore()
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
      const { problems, queries } = await capture.plansOf(run)
      expect(queries).toBeGreaterThan(0)
      expect(problems).toEqual([])
    })
  }

  // On a day of the vote, a search by the day alone reads every vote of that day: each of the batch's reads goes
  // by an index that starts from what it asks for
  it('reads the votes a batch is judged against by voter, network and proof, never by the day alone', async () => {
    const searches = (await capture.explained(HOT_READS['a batch of votes']))
      .flatMap(({ plan }) => plan.map((row) => row.detail))
      .filter((detail) => /^(SEARCH|SCAN) case_votes\b/.test(detail))
    expect(searches).toHaveLength(3)
    for (const search of searches) expect(search).toMatch(/\((voter|case_id=\? AND day=\? AND network|proof)=\?/)
  })

  // No index is kept for voiding alone: the burst's day lets it use the one the vote reads by
  it('finds the votes of a burst to void by (case, day, network), not by the case alone', async () => {
    const searches = (await capture.explained(HOT_READS['admin: voiding a burst (its counted votes)']))
      .flatMap(({ plan }) => plan.map((row) => row.detail))
      .filter((detail) => /^(SEARCH|SCAN) case_votes\b/.test(detail))
    expect(searches.length).toBeGreaterThan(0)
    for (const search of searches) expect(search).toContain('(case_id=? AND day=? AND network=?)')
  })
})
