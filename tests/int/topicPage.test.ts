import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { getRegionPage } from '@/data/regionPage'
import { getTopicPage, type TopicBlock, type TopicPage } from '@/data/topicPage'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { loadRegions } from '@/regions/loadRegions'

import { pngImage } from '../helpers/files'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: TestApp
let cast: Cast
const region: Record<string, number> = {}
const ids: Record<string, number> = {}
const context = { disableRevalidate: true }
const SLUG = 'fujian-zuji'

const CODES = {
  fujian: '350000',
  sanming: '350400',
  yongan: '350481',
  putian: '350300',
  licheng: '350304',
  ningde: '350900',
  shouning: '350924',
  fuding: '350982',
  fuzhou: '350100',
}

let heroImage: number

const article = (title: string, regions: number[], publishedAt: string, extra: Record<string, unknown> = {}) =>
  app.payload.create({
    collection: 'articles',
    data: {
      title,
      summary: `${title}的摘要`,
      body: lexicalParagraphs([`${title}。`]) as never,
      source: '东南网',
      responsibleEditor: cast.users.editor.id,
      heroImage,
      regions,
      campaign: ids.campaign,
      publishedAt,
      _status: 'published',
      ...extra,
    },
    context,
  })

const read = () => getTopicPage({}, SLUG) as Promise<TopicPage>

const dataOf = <K extends TopicBlock['block']['blockType']>(page: TopicPage, kind: K, heading?: string) =>
  page.blocks.find(
    (entry) =>
      entry.block.blockType === kind &&
      (heading == null || ('heading' in entry.block && entry.block.heading === heading)),
  )?.data as Extract<TopicBlock, { block: { blockType: K } }>['data']

const grid = async () =>
  Object.fromEntries(dataOf(await read(), 'regionGrid').map((cell) => [cell.name, [cell.articles, cell.events]]))

const titles = (list: { title: string }[]) => list.map((item) => item.title)

beforeAll(async () => {
  ;({ app, cast } = await startWithCast())
  await loadRegions(app.payload)
  const { docs } = await app.payload.find({
    collection: 'regions',
    where: { code: { in: Object.values(CODES) } },
    pagination: false,
  })
  for (const [name, code] of Object.entries(CODES)) region[name] = docs.find((doc) => doc.code === code)!.id
  const buffer = await pngImage(800, 450)
  heroImage = (
    await app.payload.create({
      collection: 'media',
      data: { alt: '直播现场' },
      file: { data: buffer, mimetype: 'image/png', name: 'live.png', size: buffer.length },
      context,
    })
  ).id
  ids.campaign = (
    await app.payload.create({
      collection: 'campaigns',
      data: { name: '福建足迹', year: 2020, outcomes: { casesReceived: 300 } },
      context,
    })
  ).id
  ids.topic = (
    await app.payload.create({
      collection: 'topics',
      data: { title: '福建足迹', slug: SLUG, campaign: ids.campaign, _status: 'published' },
      context,
    })
  ).id
  const inTopic = { topics: [ids.topic] }
  // A county and its own city: counted once for the city
  ids.yongan = (
    await article('永安笋竹上新', [region.yongan, region.sanming], '2020-07-09T10:00:00.000Z', {
      ...inTopic,
      categories: ['cooperation'],
    })
  ).id
  ids.shouning = (await article('寿宁下党茶香', [region.shouning], '2020-07-10T10:00:00.000Z', inTopic)).id
  // The province itself: no city of it gets the article
  ids.province = (await article('全省脱贫攻坚总结', [region.fujian], '2020-07-11T10:00:00.000Z', inTopic)).id
  // Two cities at once: one for each
  ids.twoCities = (
    await article('福鼎荔城联合直播', [region.fuding, region.licheng], '2020-07-12T10:00:00.000Z', inTopic)
  ).id
  ids.draft = (
    await article('永安草稿', [region.yongan], '2020-07-13T10:00:00.000Z', { ...inTopic, _status: 'draft' })
  ).id
  const event = (title: string, regionId: number, status: 'published' | 'draft', salesYuan: number) =>
    app.payload.create({
      collection: 'livestream-events',
      data: {
        title,
        campaign: ids.campaign,
        region: regionId,
        startsAt: '2020-07-09T12:00:00.000Z',
        _status: status,
        snapshots: [{ asOf: '2020-07-09T21:00:00+08:00', visits: 1000, onlineSalesFen: salesYuan * 100 }],
      },
      context,
    })
  await event('永安直播带货', region.yongan, 'published', 2_500_000)
  await event('宁德直播带货', region.ningde, 'published', 1_000_000)
  await event('永安直播草稿', region.yongan, 'draft', 9_000_000)
  await app.payload.create({
    collection: 'case-submissions',
    data: {
      title: '永安笋竹优秀案例',
      type: '创新模式',
      status: 'excellent' as 'draft',
      campaign: ids.campaign,
      region: region.yongan,
      publishedOnSite: true,
    },
    context: { ...context, caseTransition: true },
  })
  await app.payload.update({
    collection: 'topics',
    id: ids.topic,
    data: {
      layout: [
        { blockType: 'hero', heading: '福建足迹' },
        {
          blockType: 'statCounters',
          campaign: ids.campaign,
          counters: [
            { label: '专题稿件', source: 'computed', metric: 'articles', unit: '篇' },
            { label: '直播带货销售额', source: 'computed', metric: 'livestreamSales' },
            { label: '收到案例', source: 'computed', metric: 'casesReceived', unit: '件' },
            { label: '选派干部', source: 'manual', value: 183, unit: '名' },
          ],
        },
        { blockType: 'livestreamHighlights', heading: '直播带货行', campaign: ids.campaign, showChart: false },
        { blockType: 'caseShowcase', heading: '优秀案例', campaign: ids.campaign, limit: 6 },
        { blockType: 'articleList', heading: '专题报道', filter: 'topic', limit: 3 },
        { blockType: 'articleList', heading: '三明足迹', filter: 'region', region: region.sanming, limit: 6 },
        { blockType: 'articleList', heading: '东西部协作', filter: 'category', category: 'cooperation', limit: 6 },
        { blockType: 'regionGrid', heading: '八闽足迹', parent: region.fujian },
        { blockType: 'relatedReading', heading: '延伸阅读', articles: [ids.shouning] },
      ],
    },
    context,
  })
})
afterAll(() => app?.close())

describe('the topic page’s data, read in one call', () => {
  it('hands every block what it shows, in the layout’s order', async () => {
    const page = await read()
    expect(page.topic.title).toBe('福建足迹')
    expect(page.blocks.map((entry) => entry.block.blockType)).toEqual([
      'hero',
      'statCounters',
      'livestreamHighlights',
      'caseShowcase',
      'articleList',
      'articleList',
      'articleList',
      'regionGrid',
      'relatedReading',
    ])
    expect(page.blocks.find((entry) => entry.block.blockType === 'hero')?.data).toBeNull()
  })

  it('lists a topic’s published articles newest first, as many as the block asks for', async () => {
    expect(titles(dataOf(await read(), 'articleList', '专题报道'))).toEqual([
      '福鼎荔城联合直播',
      '全省脱贫攻坚总结',
      '寿宁下党茶香',
    ])
  })

  it('lists a city’s articles with those of the places within it, and a category’s', async () => {
    const page = await read()
    expect(titles(dataOf(page, 'articleList', '三明足迹'))).toEqual(['永安笋竹上新'])
    expect(titles(dataOf(page, 'articleList', '东西部协作'))).toEqual(['永安笋竹上新'])
  })

  it('counts each city’s published articles and events once, whatever level they name', async () => {
    const cells = await grid()
    expect(cells['三明市']).toEqual([1, 1])
    expect(cells['宁德市']).toEqual([2, 1])
    expect(cells['莆田市']).toEqual([1, 0])
    expect(cells['福州市']).toEqual([0, 0])
    expect(Object.keys(cells)).toHaveLength(9)
  })

  it('sums the campaign’s figures: its published articles and its published events’ latest snapshots', async () => {
    const totals = dataOf(await read(), 'statCounters')
    expect(totals?.articles).toBe(4)
    expect(totals?.livestream.totalSalesFen).toBe(3_500_000 * 100)
    expect(totals?.livestream.events).toBe(2)
    expect(totals?.casesReceived).toBe(300)
  })

  it('gives the event table and the showcase the campaign’s published events and excellent cases', async () => {
    const page = await read()
    const events = dataOf(page, 'livestreamHighlights')
    expect(titles(events.docs).sort()).toEqual(['宁德直播带货', '永安直播带货'])
    expect(events.total).toBe(2)
    expect(titles(dataOf(page, 'caseShowcase'))).toEqual(['永安笋竹优秀案例'])
  })

  it('is rendered by blocks from the data alone', async () => {
    const html = renderToStaticMarkup(RenderBlocks({ blocks: (await read()).blocks }))
    expect(html).toContain('三明市</strong><span>稿件 1 · 直播 1</span>')
    expect(html).toContain('宁德市</strong><span>稿件 2 · 直播 1</span>')
    expect(html).toContain('350万元')
    expect(html).toContain('寿宁下党茶香')
    expect(html).toContain('183')
  })

  it('is null for a topic that does not exist', async () => {
    expect(await getTopicPage({}, 'no-such-topic')).toBeNull()
  })
})

describe('the counts follow publishing', () => {
  it('leave out an article saved as a draft over its published version until it is published', async () => {
    await app.payload.update({
      collection: 'articles',
      id: ids.shouning,
      data: { regions: [region.fuzhou], _status: 'draft' },
      draft: true,
      context,
    })
    expect((await grid())['宁德市']).toEqual([2, 1])
    expect((await grid())['福州市']).toEqual([0, 0])
    await app.payload.update({
      collection: 'articles',
      id: ids.shouning,
      data: { _status: 'published' },
      context,
    })
    const cells = await grid()
    expect(cells['宁德市']).toEqual([1, 1])
    expect(cells['福州市']).toEqual([1, 0])
  })

  it('drop an unpublished or deleted article, from the grid and from the region page', async () => {
    expect((await getRegionPage({}, CODES.sanming))?.articles.total).toBe(1)
    await app.payload.update({ collection: 'articles', id: ids.yongan, data: { _status: 'draft' }, context })
    await app.payload.delete({ collection: 'articles', id: ids.twoCities, context })
    const cells = await grid()
    expect(cells['三明市']).toEqual([0, 1])
    expect(cells['宁德市']).toEqual([0, 1])
    expect(cells['莆田市']).toEqual([0, 0])
    expect((await getRegionPage({}, CODES.sanming))?.articles.total).toBe(0)
    expect(dataOf(await read(), 'statCounters')?.articles).toBe(2)
  })
})
