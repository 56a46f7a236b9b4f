import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { libraryCases } from '@/data/caseLibrary'
import { visibleCases } from '@/data/caseQuery'
import { getRegionPage } from '@/data/regionPage'
import { sitemapEntries } from '@/data/sitemap'
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
const ids: Record<string, number> = {}

const context = { disableRevalidate: true }
// Draft mode skips the reader cache (there is no Next cache outside a request); readers' access still applies
const read = { draft: true }

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
  const draft = await rest.post('/articles?draft=true', {
    token: tokens.editor,
    json: { title: '福鼎的草稿', regions: [fuding], _status: 'draft' },
  })
  expect(draft.status).toBe(201)
})
afterAll(() => app?.close())

describe('the case library', () => {
  it('holds published excellent cases and shortlisted ones, and shows the shortlisted only while voting is open', async () => {
    const all = await libraryCases(read)
    expect(all.map((item) => item.title).sort()).toEqual(
      ['永安笋竹优秀案例', '投票中的入围案例', '投票已结束的入围案例'].sort(),
    )
    const visible = visibleCases(all, new Date())
    expect(visible.map((item) => item.title).sort()).toEqual(['永安笋竹优秀案例', '投票中的入围案例'].sort())
  })

  it('knows the city of a county case and the campaign’s voting window, and never the unit’s contact', async () => {
    const excellent = (await libraryCases(read)).find((item) => item.id === ids.excellent)
    expect(excellent?.region).toEqual({ code: '350481', name: '永安市', parent: { code: '350400', name: '三明市' } })
    expect(excellent?.campaign?.name).toBe('投票已结束的活动')
    expect(excellent?.campaign?.voting.closes).toEqual(expect.any(String))
    expect(excellent?.photo).toMatchObject({
      alt: '安贞堡直播现场',
      url: expect.stringMatching(/^\/api\/media\/file\//),
    })
    expect(JSON.stringify(excellent)).not.toMatch(/phone|email|contact/)
  })
})

describe('region pages', () => {
  it('show a county’s published article and excellent case, with counts and its city', async () => {
    const page = await getRegionPage(read, '350481')
    expect(page?.region).toMatchObject({ name: '永安市', level: 'county' })
    expect(page?.parent).toMatchObject({ code: '350400', name: '三明市' })
    expect(page?.articles.docs.map((doc) => doc.slug)).toEqual([article.slug])
    expect(page?.cases.docs.map((doc) => doc.id)).toEqual([ids.excellent])
    expect(page?.articles.total).toBe(1)
    expect(page?.cases.total).toBe(1)
  })

  it('gather a city’s counties, and list the counties as places to go', async () => {
    const page = await getRegionPage(read, '350400')
    expect(page?.articles.docs.map((doc) => doc.slug)).toEqual([article.slug])
    expect(page?.cases.total).toBe(1)
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
  it('lists published articles, excellent cases on the site and the regions that have them', async () => {
    const paths = (await sitemapEntries(read)).map((entry) => entry.path)
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/cases', `/articles/${article.slug}`, `/cases/${ids.excellent}`]),
    )
    expect(paths).toEqual(expect.arrayContaining(['/regions/350481', '/regions/350400']))
    for (const hidden of [ids.unpublished, ids.voting, ids.closed, ids.submitted]) {
      expect(paths).not.toContain(`/cases/${hidden}`)
    }
    expect(paths).not.toContain('/regions/350982')
    expect(paths.filter((path) => path.startsWith('/articles/'))).toHaveLength(1)
  })
})
