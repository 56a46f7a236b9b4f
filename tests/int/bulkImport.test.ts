import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bulkImport } from '@/import/bulk/bulkImport'
import { writeDocumentsOneByOne } from '@/import/bulk/writeDocuments'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { slugify } from '@/lib/slugify'
import { writeEntry } from '@/search/indexEntries'

import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let payload: Payload
let fixtures: Awaited<ReturnType<typeof publishables>>
let campaignId: number

const context = { disableRevalidate: true }

/** Rows of every collection and of every collection's versions: what any write, or any hook, leaves behind. */
const rowCounts = async () => {
  const counts: Record<string, number> = {}
  for (const { slug, versions } of payload.config.collections) {
    counts[slug] = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
    if (versions) {
      counts[`${slug} versions`] = (
        await payload.countVersions({ collection: slug as CollectionSlug, overrideAccess: true })
      ).totalDocs
    }
  }
  return counts
}

const grownBy = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(
    Object.keys(after)
      .map((key) => [key, after[key] - (before[key] ?? 0)] as const)
      .filter(([, grown]) => grown !== 0),
  )

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  ...fixtures.completeArticle(title),
  body: lexicalParagraphs(['东南网讯 当地扶贫产业带动群众增收。', '直播间里，主播介绍产地和吃法。']) as never,
  reporters: ['林建华', '陈秀英'],
  categories: ['poverty' as const],
  publishedAt: '2019-05-04T02:00:00.000Z',
  _status: 'published' as const,
  ...extra,
})

/** Documents in the order of the ids the import returned (ids say nothing of order: UUIDs on PostgreSQL). */
const inOrderOf = <T extends { id: number | string }>(ids: (number | string)[], docs: T[]) =>
  ids.map((id) => docs.find((doc) => String(doc.id) === String(id)))

/** What two saves of the same data share: everything but the identity and the title the slug comes from. */
const comparable = ({ id, title, slug, createdAt, updatedAt, ...rest }: Record<string, unknown>) => rest

beforeAll(async () => {
  const started = await startWithCast()
  app = started.app
  payload = app.payload
  fixtures = await publishables(payload, started.cast)
  campaignId = (await openCaseCallCampaign(payload, context)).id
})
afterAll(() => app?.close())

describe('importing articles in bulk', () => {
  it('writes what saving each one through Payload writes: the same rows in every table', async () => {
    const before = await rowCounts()
    const saved = await payload.create({
      collection: 'articles',
      data: article('永安黄椒走进直播间'),
      context,
      overrideAccess: true,
    })
    const afterSave = await rowCounts()
    const { ids } = await bulkImport(payload, 'articles', [article('永安笋干卖到全国')])
    const afterImport = await rowCounts()

    // Any table a hook keeps (versions, search index, lists) must grow alike, or the bulk path forgot it
    expect(grownBy(afterSave, afterImport)).toEqual(grownBy(before, afterSave))
    const imported = await payload.findByID({ collection: 'articles', id: ids[0], depth: 0 })
    expect(imported.slug).toBe(slugify('永安笋干卖到全国'))
    expect(imported.responsibleEditorName).toBe(saved.responsibleEditorName)
    const stored = await payload.findByID({ collection: 'articles', id: saved.id, depth: 0 })
    expect(comparable(imported as never)).toEqual(comparable(stored as never))
  })

  it('gives each article one version, the latest, which the admin lists and the history shows', async () => {
    const { ids } = await bulkImport(payload, 'articles', [
      article('三明红菇订单排到下个月', { updatedAt: '2019-05-05T08:00:00.000Z' }),
    ])
    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: ids[0] } },
      depth: 0,
    })
    expect(versions).toHaveLength(1)
    expect(versions[0].latest).toBe(true)
    expect(versions[0].version.title).toBe('三明红菇订单排到下个月')
    expect(versions[0].version.regions).toEqual([fixtures.region.id])
    expect(versions[0].updatedAt).toBe('2019-05-05T08:00:00.000Z')
    const adminList = await payload.find({
      collection: 'articles',
      draft: true,
      where: { id: { equals: ids[0] } },
      depth: 0,
    })
    expect(adminList.docs.map((doc) => doc.title)).toEqual(['三明红菇订单排到下个月'])
  })

  it('indexes published articles for search exactly as the hooks do, and drafts not at all', async () => {
    const { ids } = await bulkImport(payload, 'articles', [
      article('漆线雕艺人开直播'),
      article('未发布的稿件', { _status: 'draft', heroImage: null, publishedAt: null }),
    ])
    const req = await createLocalReq({ context }, payload)
    const published = await payload.findByID({ collection: 'articles', id: ids[0], depth: 0 })
    // The hooks' own writer finds the row already saying what it would write
    expect(await writeEntry(req, 'articles', published as never)).toBe(false)
    const rows = await payload.find({
      collection: 'search-index',
      where: { sourceId: { in: ids.map(String) } },
      depth: 0,
    })
    expect(rows.docs.map((row) => row.title)).toEqual(['漆线雕艺人开直播'])
    expect(rows.docs[0].tokens).toContain(' 永安 ')
  })

  it('refuses to publish an incomplete article, keeping earlier batches and nothing of its own batch', async () => {
    const before = await rowCounts()
    const attempt = bulkImport(
      payload,
      'articles',
      [article('第一批甲'), article('第一批乙'), article('第二批甲'), article('缺题图', { heroImage: null })],
      { batchSize: 2 },
    )
    await expect(attempt).rejects.toThrow(/缺题图.*heroImage/)
    const grown = grownBy(before, await rowCounts())
    expect(grown.articles).toBe(2)
    expect(grown['articles versions']).toBe(2)
    expect(grown['search-index']).toBe(2)
    const titles = (await payload.find({ collection: 'articles', where: { title: { like: '批' } }, depth: 0 })).docs
    expect(titles.map((doc) => doc.title).sort()).toEqual(['第一批乙', '第一批甲'])
  })

  it('writes the same document and version one at a time, as on a database without the batched writer', async () => {
    const { ids } = await bulkImport(payload, 'articles', [
      article('宁德大黄鱼上网', { updatedAt: '2019-05-06T08:00:00.000Z', categories: ['poverty', 'people'] }),
    ])
    const batched = await payload.findByID({ collection: 'articles', id: ids[0], depth: 0 })
    const req = await createLocalReq({ context }, payload)
    const [single] = await writeDocumentsOneByOne(req, 'articles', [
      { ...comparable(batched as never), title: '宁德大黄鱼上网（另存）', slug: 'ning-de-ling-cun' },
    ])
    const stored = await payload.findByID({ collection: 'articles', id: single, depth: 0 })
    expect(comparable(stored as never)).toEqual(comparable(batched as never))
    const versionOfEach = async (id: number | string) =>
      (await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, depth: 0 })).docs
    const [batchedVersions, singleVersions] = [await versionOfEach(ids[0]), await versionOfEach(single)]
    expect(singleVersions).toHaveLength(1)
    expect(singleVersions[0].latest).toBe(true)
    expect(comparable(singleVersions[0].version as never)).toEqual(comparable(batchedVersions[0].version as never))
  })

  it('numbers a slug that is taken, in the database or earlier in the same batch', async () => {
    const { ids } = await bulkImport(payload, 'articles', [
      article('永安黄椒走进直播间'),
      article('永安黄椒走进直播间'),
    ])
    const { docs } = await payload.find({ collection: 'articles', where: { id: { in: ids } }, depth: 0 })
    const base = slugify('永安黄椒走进直播间')
    expect(inOrderOf(ids, docs).map((doc) => doc?.slug)).toEqual([`${base}-2`, `${base}-3`])
  })
})

describe('importing a case call in bulk', () => {
  it('keeps each case’s vote count equal to its votes, and indexes only the public cases', async () => {
    const caseData = (title: string, status: string) => ({
      title,
      campaign: campaignId,
      type: '创新模式',
      summary: `${title}：合作社统一管护。`,
      status: status as 'draft',
      body: lexicalParagraphs(['订单在春茶开采前就已落定。']) as never,
    })
    const { ids } = await bulkImport(payload, 'case-submissions', [
      caseData('草稿里的茶园', 'draft'),
      caseData('入围的茶园', 'shortlisted'),
      caseData('优秀的茶园', 'excellent'),
    ])
    const votes = [1, 1, 1, 2, 2].map((which, index) => ({
      case: ids[which] as number,
      voter: `voter-${index}`,
      day: '2026-12-01',
    }))
    const { ids: voteIds } = await bulkImport(payload, 'case-votes', votes, { batchSize: 3 })
    // Written several to a statement, yet each id is the one of the vote given in its place
    const stored = await payload.find({ collection: 'case-votes', where: { id: { in: voteIds } }, depth: 0 })
    const voterOf = new Map(stored.docs.map((vote) => [String(vote.id), vote.voter]))
    expect(voteIds.map((id) => voterOf.get(String(id)))).toEqual(votes.map((vote) => vote.voter))
    const cases = await payload.find({ collection: 'case-submissions', where: { id: { in: ids } }, depth: 0 })
    expect(inOrderOf(ids, cases.docs).map((doc) => doc?.votes)).toEqual([0, 3, 2])
    const indexed = await payload.find({
      collection: 'search-index',
      where: { sourceCollection: { equals: 'case-submissions' } },
      depth: 0,
    })
    expect(indexed.docs.map((row) => row.title).sort()).toEqual(['优秀的茶园', '入围的茶园'])
  })

  it('computes a review’s total from its scores, whatever the input says', async () => {
    const { ids } = await bulkImport(payload, 'case-submissions', [
      { title: '评分用案例', campaign: campaignId, type: '创新模式', status: 'shortlisted' },
    ])
    const { ids: reviews } = await bulkImport(payload, 'case-reviews', [
      {
        case: ids[0] as number,
        scores: { typicality: 8, innovation: 7, effectiveness: 9, replicability: 6 },
        total: 1,
      },
    ])
    expect((await payload.findByID({ collection: 'case-reviews', id: reviews[0], depth: 0 })).total).toBe(7.5)
  })
})

describe('importing livestream events in bulk', () => {
  it('takes the current figures from the latest snapshot and keeps the snapshots in the version', async () => {
    const { ids } = await bulkImport(payload, 'livestream-events', [
      {
        title: '永安站直播带货',
        startsAt: '2020-07-09T02:00:00.000Z',
        snapshots: [
          { asOf: '2020-07-09T06:00:00.000Z', visits: 900, onlineSalesFen: 5_000 },
          { asOf: '2020-07-09T04:00:00.000Z', visits: 300, onlineSalesFen: 1_000 },
        ],
        _status: 'published',
      },
    ])
    const event = await payload.findByID({ collection: 'livestream-events', id: ids[0], depth: 0 })
    expect(event.current?.visits).toBe(900)
    expect(event.current?.totalSalesFen).toBe(5_000)
    expect(event.snapshots?.every((snapshot) => typeof snapshot.id === 'string')).toBe(true)
    const { docs: versions } = await payload.findVersions({
      collection: 'livestream-events',
      where: { parent: { equals: ids[0] } },
      depth: 0,
    })
    expect(versions[0].version.snapshots?.map((snapshot) => snapshot.id)).toEqual(event.snapshots?.map((s) => s.id))
  })
})
