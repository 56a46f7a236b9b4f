import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getPairing, getPairingOverview, listPairings } from '@/data/pairings'
import { getRegionPage } from '@/data/regionPage'
import { search } from '@/data/search'
import { sitemapFile } from '@/data/sitemap'
import { getTopicPage } from '@/data/topicPage'
import type { PairingAid, Region, Topic } from '@/payload-types'
import { loadRegions } from '@/regions/loadRegions'

import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Tokens
const region: Record<string, Region['id']> = {}
let topic: Topic
const context = { disableRevalidate: true }
const ROLES = ['admin', 'editor', 'reviewer', 'submitter'] as const
const WRITERS = new Set<string>(['admin', 'editor'])

const CODES = { fujian: '350000', fuzhou: '350100', fuqing: '350181', tongwei: '621121', ningxia: '640000' }

const pair = (title: string, helper: string, helped: string, extra: Partial<PairingAid> = {}) => ({
  title,
  helper: region[helper],
  helped: region[helped],
  startYear: 2016,
  ...extra,
})

const create = (data: ReturnType<typeof pair>, status: 'published' | 'draft') =>
  app.payload.create({
    collection: 'pairing-aids',
    data: { ...data, _status: status },
    draft: status === 'draft',
    context,
  })

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  await loadRegions(app.payload)
  const { docs } = await app.payload.find({
    collection: 'regions',
    where: { code: { in: Object.values(CODES) } },
    pagination: false,
    depth: 0,
  })
  for (const [key, code] of Object.entries(CODES)) region[key] = docs.find((doc) => doc.code === code)!.id
  topic = await app.payload.create({
    collection: 'topics',
    data: { title: '福建足迹', slug: 'fujian-zuji', _status: 'published' },
    context,
  })
})
afterAll(() => app?.close())

describe('who may write pairing aids', () => {
  it.each(ROLES)('create, update and delete as %s', async (who) => {
    const created = await rest.post('/pairing-aids', {
      token: tokens[who],
      json: pair(`结对-${who}`, 'fuqing', 'tongwei'),
    })
    expect(created.status).toBe(WRITERS.has(who) ? 201 : 403)
    const doc = await create(pair(`结对-改-${who}`, 'fuqing', 'tongwei'), 'published')
    const patch = await rest.patch(`/pairing-aids/${doc.id}`, { token: tokens[who], json: { title: '改' } })
    expect(patch.status).toBe(WRITERS.has(who) ? 200 : 403)
    const remove = await rest.delete(`/pairing-aids/${doc.id}`, { token: tokens[who] })
    expect(remove.status === 200).toBe(WRITERS.has(who))
  })

  it('refuses anonymous writes', async () => {
    expect((await rest.post('/pairing-aids', { json: pair('匿名', 'fuqing', 'tongwei') })).status).toBe(403)
  })

  it('shows drafts to editors only, and published pairs to everyone', async () => {
    const draft = await create(pair('草稿结对', 'fuqing', 'tongwei'), 'draft')
    const published = await create(pair('已发布结对', 'fuqing', 'tongwei'), 'published')
    for (const who of [...ROLES, 'anonymous'] as const) {
      const token = who === 'anonymous' ? undefined : tokens[who]
      expect((await rest.get(`/pairing-aids/${draft.id}`, { token })).status === 200, who).toBe(WRITERS.has(who))
      expect((await rest.get(`/pairing-aids/${published.id}`, { token })).status, who).toBe(200)
    }
    await app.payload.delete({ collection: 'pairing-aids', where: { id: { in: [draft.id, published.id] } }, context })
  })
})

describe('what a pairing aid accepts', () => {
  const post = (json: Record<string, unknown>) => rest.post('/pairing-aids', { token: tokens.editor, json })

  it('refuses a region paired with itself, in Chinese', async () => {
    const res = await post(pair('自己帮自己', 'fuqing', 'fuqing'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.data)).toContain('帮扶方与受援方不能是同一地区')
  })

  it('refuses an end year before the start, and funds that are not whole fen', async () => {
    expect((await post(pair('倒序年份', 'fuqing', 'tongwei', { startYear: 2020, endYear: 2016 }))).status).toBe(400)
    expect((await post(pair('半分钱', 'fuqing', 'tongwei', { fundsFen: 12.5 }))).status).toBe(400)
  })

  it('refuses a pair without both sides', async () => {
    const { helped: _helped, ...oneSided } = pair('单边', 'fuqing', 'tongwei')
    expect((await post(oneSided)).status).toBe(400)
  })
})

describe('the reader data of pairing aids', () => {
  let tongwei: PairingAid
  let ningxia: PairingAid
  let draft: PairingAid

  beforeAll(async () => {
    await app.payload.delete({ collection: 'pairing-aids', where: { id: { exists: true } }, context })
    tongwei = await create(
      pair('福清市对口帮扶通渭县', 'fuqing', 'tongwei', {
        fundsFen: 22_173_350_000,
        projects: 426,
        topics: [topic.id],
      }),
      'published',
    )
    ningxia = await create(
      pair('闽宁协作', 'fujian', 'ningxia', { startYear: 1996, fundsFen: 330_000_000_000, cadresSent: 183 }),
      'published',
    )
    draft = await create(
      pair('未发布的结对', 'fuqing', 'ningxia', { fundsFen: 100, cadresSent: 5, topics: [topic.id] }),
      'draft',
    )
  })

  it('lists published pairs only, oldest first, with both regions', async () => {
    const pairs = await listPairings({})
    expect(pairs.map((doc) => doc.id)).toEqual([ningxia.id, tongwei.id])
    expect(pairs.map((doc) => [doc.helper.code, doc.helped.code])).toEqual([
      [CODES.fujian, CODES.ningxia],
      [CODES.fuqing, CODES.tongwei],
    ])
  })

  it('gives a pair’s page to readers when published, and a draft only to an editor previewing it', async () => {
    expect((await getPairing({}, String(tongwei.slug)))?.id).toBe(tongwei.id)
    expect(await getPairing({}, String(draft.slug))).toBeNull()
    const preview = await getPairing(
      { draft: true, user: { ...cast.users.editor, collection: 'users' } },
      String(draft.slug),
    )
    expect(preview?.id).toBe(draft.id)
  })

  it('rolls the published pairs up by province, leaving the draft’s figures out', async () => {
    const { provinces, flows } = await getPairingOverview({})
    const fujian = provinces.find((province) => province.code === CODES.fujian)!
    expect(fujian).toMatchObject({ name: '福建', helping: 2, helped: 0, cadresOut: 183 })
    expect(fujian.fundsOutFen).toBe(22_173_350_000 + 330_000_000_000)
    expect(provinces.find((province) => province.code === '620000')).toMatchObject({
      name: '甘肃',
      helped: 1,
      fundsInFen: 22_173_350_000,
    })
    expect(flows.map((flow) => [flow.from, flow.to])).toEqual([
      ['350000', '620000'],
      ['350000', '640000'],
    ])
  })

  it('lists on a region page the pairs on either side of it or of a place within it', async () => {
    expect((await getRegionPage({}, CODES.fuzhou))?.pairings.map((doc) => doc.id)).toEqual([tongwei.id])
    expect((await getRegionPage({}, CODES.ningxia))?.pairings.map((doc) => doc.id)).toEqual([ningxia.id])
    expect((await getRegionPage({}, CODES.tongwei))?.pairings.map((doc) => doc.id)).toEqual([tongwei.id])
  })

  it('lists on a topic page the published pairs filed under it', async () => {
    expect((await getTopicPage({}, 'fujian-zuji'))?.pairings.map((doc) => doc.id)).toEqual([tongwei.id])
    expect((await listPairings({}, { topic: topic.id })).map((doc) => doc.title)).toEqual(['福清市对口帮扶通渭县'])
  })

  it('lists the published pairs’ pages in the sitemap', async () => {
    expect((await sitemapFile({}, 'pairing-1'))?.map((entry) => entry.path)).toEqual([
      `/pairing/${tongwei.slug}`,
      `/pairing/${ningxia.slug}`,
    ])
  })
})

describe('searching pairing aids', () => {
  // Draft mode skips the result cache, so each search sees the index as it is now
  const found = async (query: string) => {
    const outcome = await search({ draft: true }, query)
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    return outcome.hits.filter((hit) => hit.collection === 'pairing-aids').map((hit) => hit.path)
  }

  it('finds a published pair by its title, its regions’ names and its results, never a draft', async () => {
    const published = await create(
      pair('东西部协作结对样板', 'fuqing', 'tongwei', {
        summary: '援建种薯基地，带动群众增收。',
        highlights: [{ label: '马铃薯种薯基地', value: '3000亩' }],
      }),
      'published',
    )
    await create(pair('结对样板草稿', 'fuzhou', 'ningxia', { highlights: [{ label: '枸杞基地', value: '1' }] }), 'draft')
    const path = `/pairing/${published.slug}`
    expect(await found('马铃薯')).toEqual([path])
    expect(await found('結對樣板')).toEqual([path])
    expect(await found('通渭县')).toContain(path)
    expect(await found('枸杞')).toEqual([])
    const outcome = await search({ draft: true }, '马铃薯')
    expect(outcome.status === 'ok' && outcome.hits[0]).toMatchObject({ collection: 'pairing-aids', title: expect.anything() })

    await app.payload.update({ collection: 'pairing-aids', id: published.id, data: { _status: 'draft' }, context })
    expect(await found('马铃薯')).toEqual([])
  })
})
