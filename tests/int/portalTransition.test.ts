import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { relationId } from '@/lib/relationId'
import { requestTransition } from '@/portal/requestTransition'

import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Tokens
let caseBody: Record<string, unknown>

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await openCaseCallCampaign(app.payload)
  caseBody = {
    campaign: campaign.id,
    title: '茶园认购带动增收',
    type: '创新模式',
    region: region.id,
    summary: '下党乡推行茶园认购，订单农业带动农户增收。',
    body: lexicalParagraphs(['下党乡把茶园交给城里人认购，合作社统一管护、统一加工。']),
    photos: [image.id],
    contactPerson: '吴建平',
    phone: '0593-5500000',
    email: 'xiadang@example.cn',
  }
})
afterAll(() => app?.close())

const draft = async (overrides: Record<string, unknown> = {}) => {
  const res = await rest.post('/case-submissions', { token: tokens.submitter, json: { ...caseBody, ...overrides } })
  expect(res.status).toBe(201)
  return res.data.doc as { id: number }
}

describe('the portal moves a case through the workflow itself', () => {
  it('submits a unit’s case with the audit entry the endpoint writes, from the portal visitor’s address', async () => {
    const doc = await draft()
    const result = await requestTransition(cast.users.submitter, doc.id, 'submitted', null, '203.0.113.7')
    expect(result).toEqual({ ok: true })
    const saved = await app.payload.findByID({ collection: 'case-submissions', id: doc.id, depth: 0 })
    expect(saved.status).toBe('submitted')
    const events = await app.payload.find({ collection: 'audit-events', where: { case: { equals: doc.id } } })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({ from: 'draft', to: 'submitted', ip: '203.0.113.7' })
    expect(relationId(events.docs[0].actor as never)).toBe(cast.users.submitter.id)
  })

  it('tells the unit in Chinese what the endpoint tells API clients, and moves nothing', async () => {
    const doc = await draft({ summary: '' })
    const portal = await requestTransition(cast.users.submitter, doc.id, 'submitted', null, null)
    const api = await rest.post(`/case-submissions/${doc.id}/transition`, {
      token: tokens.submitter,
      json: { to: 'submitted' },
    })
    expect(api.status).toBe(400)
    expect(portal).toEqual({ ok: false, errors: api.data.errors[0].data.errors })
    expect(JSON.stringify(portal)).toContain('摘要')

    const otherUnit = await requestTransition(cast.users.submitter2, doc.id, 'withdrawn', null, null)
    expect(otherUnit.ok).toBe(false)
    expect(otherUnit.ok || otherUnit.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    const saved = await app.payload.findByID({ collection: 'case-submissions', id: doc.id, depth: 0 })
    expect(saved.status).toBe('draft')
    expect(
      (await app.payload.count({ collection: 'audit-events', where: { case: { equals: doc.id } } })).totalDocs,
    ).toBe(0)
  })
})
