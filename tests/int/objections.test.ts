import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseInStatus } from '../helpers/caseInStatus'
import { publishables } from '../helpers/editorialFixtures'
import { missingId } from '../helpers/missingId'
import { fileObjection, proofFor } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let campaignId: number
let fixtures: Awaited<ReturnType<typeof publishables>>

const DAY = 24 * 60 * 60 * 1000
const objection = { name: '张三', contact: 'zhangsan@example.cn', reason: '该案例中的带动户数与实际不符。' }

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  fixtures = await publishables(app.payload, cast)
  campaignId = (await app.payload.create({ collection: 'campaigns', data: { name: '福建足迹', year: 2020 } })).id
})
afterAll(() => app?.close())

/** A case already moved to `status` by the workflow, as the transition endpoint would have left it. */
const caseIn = async (status: string, extra: Record<string, unknown> = {}) =>
  caseInStatus(app.payload, {
    campaign: campaignId,
    fixtures,
    organization: cast.units.a.id,
    status,
    extra: { assignedReviewers: [cast.users.reviewer.id], ...extra },
  })

const inPublicity = () => caseIn('proposed', { publicityEndsAt: new Date(Date.now() + 7 * DAY).toISOString() })

const file = (id: number | string, body: Record<string, unknown>, ip = '203.0.113.7') =>
  fileObjection(rest, id, body, { headers: { 'X-Real-IP': ip } })

describe('objections during publicity', () => {
  it('lets a reader without an account object to a proposed case, visible only to editors', async () => {
    const doc = await inPublicity()
    const res = await file(doc.id, objection)
    expect(res.status).toBe(201)
    expect(res.data.doc.status).toBe('pending')

    const asEditor = await rest.get(`/case-objections?where[case][equals]=${doc.id}`, { token: tokens.editor })
    expect(asEditor.data.docs).toHaveLength(1)
    expect(asEditor.data.docs[0]).toMatchObject({ ...objection, status: 'pending' })
    // The address is kept only as a hash, and not even that is shown
    expect(asEditor.data.docs[0].senderHash).toBeUndefined()
    for (const who of ['reviewer', 'submitter', 'submitter2']) {
      const res = await rest.get(`/case-objections?where[case][equals]=${doc.id}`, { token: tokens[who] })
      expect(res.status, who).toBe(403)
    }
    expect((await rest.get(`/case-objections`)).status).toBe(403)
  })

  it('refuses objections outside publicity, on hidden cases and with bad input, writing nothing', async () => {
    const ended = await caseIn('proposed', { publicityEndsAt: new Date(Date.now() - 1000).toISOString() })
    const late = await file(ended.id, objection)
    expect(late.status).toBe(409)
    expect(late.data.errors[0].data.code).toBe('notInPublicity')
    expect((await file((await caseIn('shortlisted')).id, objection)).status).toBe(409)
    expect((await file((await caseIn('submitted')).id, objection)).status).toBe(404)
    expect((await file(missingId(app.payload), objection)).status).toBe(404)

    const doc = await inPublicity()
    const bad = await file(doc.id, { name: ' ', contact: '<script>', reason: 'x'.repeat(1001) })
    expect(bad.status).toBe(400)
    expect(bad.data.errors[0].data.code).toBe('invalidObjection')
    expect(bad.data.errors[0].data.errors.map((error: { field: string }) => error.field)).toEqual([
      'name',
      'contact',
      'reason',
    ])
    const notJson = await rest.post(`/case-submissions/${doc.id}/objections`, {
      body: 'not json',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
    const { totalDocs } = await app.payload.count({
      collection: 'case-objections',
      where: { case: { equals: doc.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('caps objections from one address a day with 429 and Retry-After', async () => {
    const doc = await inPublicity()
    for (let i = 0; i < 5; i++) expect((await file(doc.id, objection, '198.51.100.9')).status).toBe(201)
    const sixth = await file(doc.id, objection, '198.51.100.9')
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await file(doc.id, objection, '198.51.100.10')).status).toBe(201)
  })

  it('is decided once by an editor with a reason; an upheld one bars the case from excellent', async () => {
    const doc = await inPublicity()
    const filed = await file(doc.id, objection, '192.0.2.44')
    const id = filed.data.doc.id
    const decide = (who: string | null, body: unknown) =>
      rest.post(`/case-objections/${id}/decide`, { token: who ? tokens[who] : undefined, json: body })

    expect((await decide(null, { decision: 'upheld', reason: '核实属实' })).status).toBe(401)
    expect((await decide('reviewer', { decision: 'upheld', reason: '核实属实' })).status).toBe(403)
    expect((await decide('submitter', { decision: 'dismissed', reason: '不属实' })).status).toBe(403)
    const noReason = await decide('editor', { decision: 'upheld', reason: '' })
    expect(noReason.status).toBe(400)
    expect(noReason.data.errors[0].data.code).toBe('reasonRequired')
    expect((await decide('editor', { decision: 'maybe', reason: '核实' })).status).toBe(400)
    // Nobody may write an objection by a plain update
    expect(
      (await rest.patch(`/case-objections/${id}`, { token: tokens.editor, json: { status: 'dismissed' } })).status,
    ).toBe(403)

    const upheld = await decide('editor', { decision: 'upheld', reason: '经核实，带动户数有误' })
    expect(upheld.status).toBe(200)
    expect(upheld.data.doc).toMatchObject({ status: 'upheld', decisionReason: '经核实，带动户数有误' })
    expect(upheld.data.doc.decidedBy).toBeTruthy()
    expect((await decide('editor', { decision: 'dismissed', reason: '改判' })).status).toBe(409)

    await app.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: { publicityEndsAt: new Date(Date.now() - 1000).toISOString() },
    })
    const move = (to: string, comment?: string) =>
      rest.post(`/case-submissions/${doc.id}/transition`, { token: tokens.editor, json: { to, comment } })
    const excellent = await move('excellent')
    expect(excellent.status).toBe(409)
    expect(excellent.data.errors[0].data.code).toBe('objectionUpheld')
    expect((await move('not-selected')).status).toBe(200)
  })

  it('a dismissed objection leaves the way to excellent open', async () => {
    const doc = await inPublicity()
    const filed = await file(doc.id, objection, '192.0.2.45')
    const res = await rest.post(`/case-objections/${filed.data.doc.id}/decide`, {
      token: tokens.editor,
      json: { decision: 'dismissed', reason: '材料齐全，数据属实' },
    })
    expect(res.status).toBe(200)
    await app.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: { publicityEndsAt: new Date(Date.now() - 1000).toISOString() },
    })
    const done = await rest.post(`/case-submissions/${doc.id}/transition`, {
      token: tokens.editor,
      json: { to: 'excellent' },
    })
    expect(done.status).toBe(200)
    // Declared excellent, the case is on the site at once
    expect(done.data.doc.publishedOnSite).toBe(true)
  })
})

describe('an excellent case becomes a featured article in one step', () => {
  it('publishes an article from the case and links it, once', async () => {
    const doc = await caseIn('excellent', { publishedOnSite: true })
    expect((await rest.post(`/case-submissions/${doc.id}/feature-article`, { token: tokens.reviewer })).status).toBe(
      403,
    )
    const res = await rest.post(`/case-submissions/${doc.id}/feature-article`, { token: tokens.editor })
    expect(res.status).toBe(201)
    expect(res.data.doc.status).toBe('published')
    const article = await app.payload.findByID({ collection: 'articles', id: res.data.doc.id, depth: 0 })
    expect(article).toMatchObject({
      title: doc.title,
      kicker: '优秀案例',
      source: cast.units.a.name,
      _status: 'published',
    })
    expect(article.categories).toEqual(['cases'])
    expect(article.heroImage).toBe(fixtures.image.id)
    // Readers can open it without an account
    const publicRead = await rest.get(`/articles/${article.id}`)
    expect(publicRead.status).toBe(200)

    const linked = await app.payload.findByID({ collection: 'case-submissions', id: doc.id, depth: 0 })
    expect(linked.featureArticle).toBe(article.id)
    const again = await rest.post(`/case-submissions/${doc.id}/feature-article`, { token: tokens.editor })
    expect(again.status).toBe(409)
    expect(again.data.errors[0].data).toMatchObject({ code: 'alreadyFeatured', article: article.id })
  })

  it('saves a draft when the case lacks a photo, and refuses cases that are not excellent', async () => {
    const bare = await caseIn('excellent', { photos: [] })
    const res = await rest.post(`/case-submissions/${bare.id}/feature-article`, { token: tokens.editor })
    expect(res.status).toBe(201)
    expect(res.data.doc.status).toBe('draft')
    expect((await rest.get(`/articles/${res.data.doc.id}`)).status).toBe(404)
    const proposed = await inPublicity()
    expect((await rest.post(`/case-submissions/${proposed.id}/feature-article`, { token: tokens.editor })).status).toBe(
      409,
    )
  })
})

describe('the proof of work in front of an objection', () => {
  it('needs a proof of work for this objection, spent once', async () => {
    const doc = await inPublicity()
    const without = await rest.post(`/case-submissions/${doc.id}/objections`, {
      json: objection,
      headers: { 'X-Real-IP': '203.0.113.40' },
    })
    expect([without.status, without.data.errors[0].data.code]).toEqual([400, 'proofMissing'])
    const forVote = await rest.post(`/case-submissions/${doc.id}/objections`, {
      json: { ...objection, proof: await proofFor(rest, doc.id, 'vote') },
      headers: { 'X-Real-IP': '203.0.113.40' },
    })
    expect([forVote.status, forVote.data.errors[0].data.code]).toEqual([400, 'proofInvalid'])
    const proof = await proofFor(rest, doc.id, 'objection')
    const send = (ip: string) =>
      rest.post(`/case-submissions/${doc.id}/objections`, {
        json: { ...objection, proof },
        headers: { 'X-Real-IP': ip },
      })
    const [first, second] = await Promise.all([send('203.0.113.41'), send('203.0.114.41')])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    expect([first, second].find((res) => res.status === 409)?.data.errors[0].data.code).toBe('proofUsed')
    expect((await send('203.0.115.41')).status).toBe(409)
    const { totalDocs } = await app.payload.count({
      collection: 'case-objections',
      where: { case: { equals: doc.id } },
    })
    expect(totalDocs).toBe(1)
  })
})
