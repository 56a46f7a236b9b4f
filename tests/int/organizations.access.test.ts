import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
})
afterAll(() => app?.close())

describe('organizations: who reads', () => {
  it('refuses an anonymous reader with no data', async () => {
    const list = await rest.get('/organizations')
    expect([401, 403]).toContain(list.status)
    expect(list.data.docs).toBeUndefined()
    expect(JSON.stringify(list.data)).not.toContain('测试单位')
    const one = await rest.get(`/organizations/${cast.units.a.id}`)
    expect([401, 403]).toContain(one.status)
    expect(JSON.stringify(one.data)).not.toContain('测试单位')
  })

  it('shows a submitter only its own unit', async () => {
    const list = await rest.get('/organizations', { token: tokens.submitter })
    expect(list.status).toBe(200)
    expect(list.data.docs.map((org: { name: string }) => org.name)).toEqual(['测试单位甲'])
    const other = await rest.get(`/organizations/${cast.units.b.id}`, { token: tokens.submitter })
    expect(other.status).toBe(404)
  })

  it.each(['admin', 'editor', 'reviewer'])('shows %s every unit', async (who) => {
    const list = await rest.get('/organizations', { token: tokens[who] })
    expect(list.status).toBe(200)
    expect(list.data.totalDocs).toBe(2)
  })
})

describe('organizations: who writes', () => {
  const body = (name: string) => ({ json: { name, kind: 'enterprise' } })

  it.each([
    ['admin', 201],
    ['editor', 201],
    ['reviewer', 403],
    ['submitter', 403],
  ])('%s creating a unit gets %i', async (who, status) => {
    const res = await rest.post('/organizations', { token: tokens[who], ...body(`新单位-${who}`) })
    expect(res.status).toBe(status)
  })

  it('refuses an anonymous create', async () => {
    const res = await rest.post('/organizations', body('匿名单位'))
    expect(res.status).toBe(403)
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['reviewer', 403],
    ['submitter', 403],
  ])('%s updating a unit gets %i', async (who, status) => {
    const res = await rest.patch(`/organizations/${cast.units.a.id}`, {
      token: tokens[who],
      json: { contactPerson: `改-${who}` },
    })
    expect(res.status).toBe(status)
  })

  it.each([
    ['editor', 403],
    ['reviewer', 403],
    ['submitter', 403],
    ['admin', 200],
  ])('%s deleting a unit gets %i', async (who, status) => {
    const spare = await app.payload.create({
      collection: 'organizations',
      data: { name: `待删-${who}`, kind: 'media' },
    })
    const res = await rest.delete(`/organizations/${spare.id}`, { token: tokens[who] })
    expect(res.status).toBe(status)
    const left = await app.payload.count({ collection: 'organizations', where: { id: { equals: spare.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })

  it('refuses a duplicate unit name with a clear error', async () => {
    const res = await rest.post('/organizations', { token: tokens.admin, ...body('测试单位甲') })
    expect(res.status).toBe(400)
  })
})
