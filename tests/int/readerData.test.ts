import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { readCaseLibrary } from '@/data/caseLibrary'
import { getRegionPage } from '@/data/regionPage'
import { sitemapFile, sitemapFiles } from '@/data/sitemap'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { loadRegions } from '@/regions/loadRegions'

import { pngImage } from '../helpers/files'
import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens
let article: { id: number; slug: string }
let later: { id: number; slug: string }
const ids: Record<string, number> = {}

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

const context = { disableRevalidate: true }
const read = {}

const regionId = async (code: string) =>
  (await app.payload.find({ collection: 'regions', where: { code: { equals: code } }, limit: 1 })).docs[0].id

const createCase = async (title: string, status: string, extra: Record<string, unknown>) =>
  (
    await app.payload.create({
      collection: 'case-submissions',
      data: { title, type: '创新模式', summary: `${title}的做法`, status: status as 'draft', ...extra } as never,
      context: { ...context, caseTransition: true },
    })
  ).id

beforeAll(async () => {
  const started = await startWithCast()
  ;({ app, rest, tokens } = started)
  await loadRegions(app.payload)
  const yongan = await regionId('350481')
  const fuding = await regionId('350982')
  const day = 24 * 3600 * 1000
  const campaign = (name: string, opens: number, closes: number) =>
    app.payload.create({
      collection: 'campaigns',
      data: {
        name,
        year: 2026,
        caseCall: {
          votingOpens: new Date(Date.now() + opens * day).toISOString(),
          votingCloses: new Date(Date.now() + closes * day).toISOString(),
        },
      },
      context,
    })
  const buffer = await pngImage(800, 450)
  const image = await app.payload.create({
    collection: 'media',
    data: { alt: '安贞堡直播现场' },
    file: { data: buffer, mimetype: 'image/png', name: 'anzhenbao.png', size: buffer.length },
    context,
  })
  const voting = await campaign('投票中的活动', -1, 5)
  const past = await campaign('投票已结束的活动', -30, -20)
  ids.past = past.id
  ids.excellent = await createCase('永安笋竹优秀案例', 'excellent', {
    campaign: past.id,
    region: yongan,
    publishedOnSite: true,
    photos: [image.id],
  })
  ids.unpublished = await createCase('未发布的优秀案例', 'excellent', { campaign: past.id, region: yongan })
  ids.voting = await createCase('投票中的入围案例', 'shortlisted', { campaign: voting.id, region: fuding })
  ids.closed = await createCase('投票已结束的入围案例', 'shortlisted', { campaign: past.id, region: fuding })
  ids.submitted = await createCase('刚提交的案例', 'submitted', { campaign: voting.id, region: yongan })
  // Enough excellent cases of another type and city for a second page
  const sanming = await regionId('350404')
  for (let index = 1; index <= 12; index++) {
    await createCase(`三元区案例${index}`, 'excellent', {
      campaign: past.id,
      region: sanming,
      publishedOnSite: true,
      type: '政策指导',
    })
  }

  const res = await rest.post('/articles', {
    token: tokens.editor,
    json: {
      title: '安贞堡里卖山货',
      summary: '永安市在安贞堡举行直播带货活动。',
      body: lexicalParagraphs(['东南网7月9日讯 永安市举行直播带货活动。']),
      source: '东南网',
      responsibleEditor: started.cast.users.editor.id,
      regions: [yongan],
      heroImage: image.id,
      _status: 'published',
    },
  })
  expect(res.status).toBe(201)
  article = res.data.doc
  const second = await rest.post('/articles', {
    token: tokens.editor,
    json: { ...res.data.doc, id: undefined, slug: undefined, title: '安贞堡的第二天', publishedAt: undefined },
  })
  expect(second.status).toBe(201)
  later = second.data.doc
  const draft = await rest.post('/articles?draft=true', {
    token: tokens.editor,
    json: { title: '福鼎的草稿', regions: [fuding], _status: 'draft' },
  })
  expect(draft.status).toBe(201)
})
afterAll(() => app?.close())

describe('the case library', () => {
  const titles = (items: { title: string }[]) => items.map((item) => item.title)

  it('shows published excellent cases, and shortlisted ones only while their campaign’s vote is open', async () => {
    const library = await readCaseLibrary({ status: 'shortlisted' }, new Date(), read)
    expect(library.total).toBe(14)
    expect(titles(library.page.items)).toEqual(['投票中的入围案例'])
    const excellent = await readCaseLibrary({ status: 'excellent' }, new Date(), read)
    expect(excellent.matching).toBe(13)
    expect(titles(excellent.page.items)).not.toContain('未发布的优秀案例')
  })

  it('knows the city of a county case and the campaign’s voting window, and never the unit’s contact', async () => {
    const library = await readCaseLibrary({ region: '350481' }, new Date(), read)
    const [excellent] = library.page.items
    expect(excellent.id).toBe(ids.excellent)
    expect(excellent.region).toEqual({ code: '350481', name: '永安市', parent: { code: '350400', name: '三明市' } })
    expect(excellent.campaign?.name).toBe('投票已结束的活动')
    expect(excellent.campaign?.voting.closes).toEqual(expect.any(String))
    expect(excellent.photo).toMatchObject({
      alt: '安贞堡直播现场',
      url: expect.stringMatching(/^\/api\/media\/file\//),
    })
    expect(JSON.stringify(excellent)).not.toMatch(/phone|email|contact/)
  })

  it('offers only the values visible cases have, cities of counties included', async () => {
    const { options } = await readCaseLibrary({}, new Date(), read)
    expect(options.campaigns.map((option) => option.label).sort()).toEqual(['投票中的活动', '投票已结束的活动'].sort())
    expect(options.types).toEqual(['创新模式', '政策指导'].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(options.regions.map((option) => option.value)).toEqual(['350400', '350404', '350481', '350900', '350982'])
  })

  it('filters by a city with its counties, pages by twelve and reads a page past the end as the last', async () => {
    const city = await readCaseLibrary({ region: '350400' }, new Date(), read)
    expect(city.matching).toBe(13)
    expect(city.page).toMatchObject({ page: 1, pages: 2 })
    expect(city.page.items).toHaveLength(12)
    const last = await readCaseLibrary({ region: '350400', page: '99' }, new Date(), read)
    expect(last.query.page).toBe(2)
    expect(last.page.items).toHaveLength(1)
    expect(titles([...city.page.items, ...last.page.items]).sort()).toEqual(
      [...Array.from({ length: 12 }, (_, index) => `三元区案例${index + 1}`), '永安笋竹优秀案例'].sort(),
    )
  })

  it('draws its charts from counts of the cases the query matches', async () => {
    const { charts } = await readCaseLibrary({}, new Date(), read)
    expect(charts.byType).toEqual([
      { label: '政策指导', count: 12 },
      { label: '创新模式', count: 2 },
    ])
    expect(charts.byCity).toEqual([
      { label: '三明市', count: 13 },
      { label: '宁德市', count: 1 },
    ])
    const filtered = await readCaseLibrary({ type: '创新模式' }, new Date(), read)
    expect(filtered.charts.byCity).toEqual([
      { label: '宁德市', count: 1 },
      { label: '三明市', count: 1 },
    ])
  })

  it('follows a case as it moves: shown in publicity, gone once not selected; excellent once published', async () => {
    const shown = async (status: string) => titles((await readCaseLibrary({ status }, new Date(), read)).page.items)
    const move = (id: number, data: Record<string, unknown>) =>
      app.payload.update({ collection: 'case-submissions', id, data, context: { ...context, caseTransition: true } })
    const proposed = await createCase('公示中的拟入选案例', 'proposed', { campaign: ids.past })
    expect(await shown('proposed')).toEqual(['公示中的拟入选案例'])
    expect((await readCaseLibrary({}, new Date(), read)).total).toBe(15)
    await move(proposed, { status: 'not-selected' })
    expect(await shown('proposed')).toEqual([])
    expect((await readCaseLibrary({}, new Date(), read)).total).toBe(14)
    await move(ids.unpublished, { publishedOnSite: true })
    expect(await shown('excellent')).toContain('未发布的优秀案例')
    await move(ids.unpublished, { publishedOnSite: false })
    expect(await shown('excellent')).not.toContain('未发布的优秀案例')
  })
})

describe('region pages', () => {
  it('show a county’s published articles newest first and its excellent case, with counts and its city', async () => {
    const page = await getRegionPage(read, '350481')
    expect(page?.region).toMatchObject({ name: '永安市', level: 'county' })
    expect(page?.parent).toMatchObject({ code: '350400', name: '三明市' })
    expect(page?.articles.docs.map((doc) => doc.slug)).toEqual([later.slug, article.slug])
    expect(page?.cases.docs.map((doc) => doc.id)).toEqual([ids.excellent])
    expect(page?.articles.total).toBe(2)
    expect(page?.cases.total).toBe(1)
  })

  it('gather a city’s counties, and list the counties as places to go', async () => {
    const page = await getRegionPage(read, '350400')
    expect(page?.articles.docs.map((doc) => doc.slug)).toEqual([later.slug, article.slug])
    expect(page?.cases.total).toBe(13)
    expect(page?.cases.docs).toHaveLength(13)
    expect(page?.children.map((child) => child.code)).toContain('350481')
  })

  it('never show drafts or cases that are only shortlisted', async () => {
    const page = await getRegionPage(read, '350982')
    expect(page?.region.name).toBe('福鼎市')
    expect(page?.articles.total).toBe(0)
    expect(page?.cases.total).toBe(0)
  })

  it('are not found for an unknown or malformed code', async () => {
    for (const code of ['999999', '35048', '350481 or 1=1', '../admin', '３５０４８１']) {
      expect(await getRegionPage(read, code), code).toBeNull()
    }
  })
})

describe('the sitemap', () => {
  it('lists the site’s pages, the regions that have content and those containing them', async () => {
    const paths = (await sitemapFile(read, 'pages'))?.map((entry) => entry.path)
    expect(paths).toEqual(expect.arrayContaining(['/', '/cases', '/regions/350481', '/regions/350400']))
    expect(paths).toContain('/regions/350000')
    expect(paths).not.toContain('/regions/350982')
  })

  it('is an index of files, each kind of page in files of a given size, oldest first', async () => {
    expect(await sitemapFiles(read)).toEqual(['pages', 'articles-1', 'cases-1'])
    expect(await sitemapFiles(read, 1)).toEqual([
      'pages',
      'articles-1',
      'articles-2',
      ...Array.from({ length: 13 }, (_, index) => `cases-${index + 1}`),
    ])
    expect((await sitemapFile(read, 'articles-1', 1))?.map((entry) => entry.path)).toEqual([
      `/articles/${article.slug}`,
    ])
    expect((await sitemapFile(read, 'articles-2', 1))?.map((entry) => entry.path)).toEqual([`/articles/${later.slug}`])
    expect(await sitemapFile(read, 'articles-3', 1)).toBeNull()
    expect(await sitemapFile(read, 'nothing-1')).toBeNull()
  })

  it('lists published articles and excellent cases on the site, nothing else', async () => {
    const articles = (await sitemapFile(read, 'articles-1'))?.map((entry) => entry.path)
    expect(articles).toEqual([`/articles/${article.slug}`, `/articles/${later.slug}`])
    const cases = (await sitemapFile(read, 'cases-1'))?.map((entry) => entry.path)
    expect(cases).toContain(`/cases/${ids.excellent}`)
    expect(cases).toHaveLength(13)
    for (const hidden of [ids.unpublished, ids.voting, ids.closed, ids.submitted]) {
      expect(cases).not.toContain(`/cases/${hidden}`)
    }
  })
})
