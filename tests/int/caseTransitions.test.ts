import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listShowcaseCases } from '@/data/cases'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { relationId } from '@/lib/relationId'

import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import { missingId } from '../helpers/missingId'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let campaignId: number
let caseBody: Record<string, unknown>

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await openCaseCallCampaign(app.payload)
  campaignId = campaign.id
  caseBody = {
    campaign: campaignId,
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

const move = (id: number | string, who: string | null, to: string, comment?: string) =>
  rest.post(`/case-submissions/${id}/transition`, { token: who ? tokens[who] : undefined, json: { to, comment } })

const newCase = async (overrides: Record<string, unknown> = {}) => {
  const res = await rest.post('/case-submissions', { token: tokens.submitter, json: { ...caseBody, ...overrides } })
  expect(res.status).toBe(201)
  return res.data.doc as { id: number; organization: number; status: string }
}

describe('a case study moves only through its transitions', () => {
  it('takes its unit from the submitting account, not from the request', async () => {
    const doc = await newCase({ organization: cast.units.b.id })
    expect(relationId(doc.organization as never)).toBe(cast.units.a.id)
    expect(doc.status).toBe('draft')
  })

  it('refuses a status set by a plain update or create', async () => {
    const doc = await newCase()
    const patch = await rest.patch(`/case-submissions/${doc.id}`, {
      token: tokens.editor,
      json: { status: 'excellent' },
    })
    expect(patch.status).toBe(400)
    expect(patch.data.errors[0].message).toBe('Status changes only through a transition')
    const create = await rest.post('/case-submissions', {
      token: tokens.submitter,
      json: { ...caseBody, status: 'submitted' },
    })
    expect(create.status).toBe(400)
  })

  it('lets only one of two identical moves sent at the same moment through, with one audit event', async () => {
    const doc = await newCase()
    const answers = await Promise.all([move(doc.id, 'submitter', 'submitted'), move(doc.id, 'submitter', 'submitted')])
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409])
    const loser = answers.find((res) => res.status === 409)
    expect(loser?.data.errors[0].message).toBe('The case changed status meanwhile')
    const events = await app.payload.find({ collection: 'audit-events', where: { case: { equals: doc.id } } })
    expect(events.docs.map((event) => `${event.from}>${event.to}`)).toEqual(['draft>submitted'])
  })

  it('runs the review journey, each step leaving an audit event', async () => {
    const doc = await newCase()
    expect((await move(doc.id, 'submitter', 'submitted')).status).toBe(200)
    // Not yet assigned: the reviewer may not act on it.
    expect((await move(doc.id, 'reviewer', 'shortlisted')).status).toBe(403)
    const assign = await rest.patch(`/case-submissions/${doc.id}`, {
      token: tokens.editor,
      json: { assignedReviewers: [cast.users.reviewer.id] },
    })
    expect(assign.status).toBe(200)
    // The admin's buttons: what each person may attempt from here.
    const forReviewer = await rest.get(`/case-submissions/${doc.id}/transitions`, { token: tokens.reviewer })
    expect(forReviewer.data.allowed).toEqual(['returned', 'rejected', 'shortlisted'])
    const forUnit = await rest.get(`/case-submissions/${doc.id}/transitions`, { token: tokens.submitter })
    expect(forUnit.data.allowed).toEqual(['withdrawn'])
    expect((await rest.get(`/case-submissions/${doc.id}/transitions`, { token: tokens.submitter2 })).status).toBe(404)

    const noComment = await move(doc.id, 'reviewer', 'returned')
    expect(noComment.status).toBe(400)
    expect(noComment.data.errors[0].data.missing).toEqual(['comment'])
    expect((await move(doc.id, 'reviewer', 'returned', '请补充带动农户数量')).status).toBe(200)
    expect((await move(doc.id, 'submitter', 'submitted')).status).toBe(200)
    expect((await move(doc.id, 'reviewer', 'shortlisted')).status).toBe(200)
    expect((await move(doc.id, 'editor', 'proposed')).status).toBe(200)

    const early = await move(doc.id, 'editor', 'excellent')
    expect(early.status).toBe(409)
    expect(early.data.errors[0].data.code).toBe('publicityNotOver')

    const ended = new Date(Date.now() - 1000).toISOString()
    expect(
      (await rest.patch(`/case-submissions/${doc.id}`, { token: tokens.editor, json: { publicityEndsAt: ended } }))
        .status,
    ).toBe(200)
    expect((await move(doc.id, 'editor', 'excellent')).status).toBe(200)
    await rest.patch(`/case-submissions/${doc.id}`, { token: tokens.editor, json: { publishedOnSite: true } })
    // The special report's showcase (read as an anonymous reader) now lists it.
    const showcase = await listShowcaseCases({ draft: true }, { campaign: campaignId })
    expect(showcase.map((item) => item.title)).toEqual(['茶园认购带动增收'])

    const trail = await app.payload.find({
      collection: 'audit-events',
      where: { case: { equals: doc.id } },
      sort: 'at',
      pagination: false,
    })
    expect(trail.docs.map((e) => `${e.from}>${e.to}`)).toEqual([
      'draft>submitted',
      'submitted>returned',
      'returned>submitted',
      'submitted>shortlisted',
      'shortlisted>proposed',
      'proposed>excellent',
    ])
    expect(trail.docs[1].comment).toBe('请补充带动农户数量')

    const seenByUnit = await rest.get(`/audit-events?where[case][equals]=${doc.id}`, { token: tokens.submitter })
    expect(seenByUnit.data.totalDocs).toBe(6)
    expect(seenByUnit.data.docs.every((e: Record<string, unknown>) => !('actor' in e) && !('ip' in e))).toBe(true)
    const seenByOtherUnit = await rest.get(`/audit-events?where[case][equals]=${doc.id}`, { token: tokens.submitter2 })
    expect(seenByOtherUnit.data.totalDocs).toBe(0)
    const seenByEditor = await rest.get(`/audit-events?where[case][equals]=${doc.id}&depth=0&sort=at`, {
      token: tokens.editor,
    })
    expect(seenByEditor.data.docs[0].actor).toBe(cast.users.submitter.id)
  })

  it('lets a unit edit a returned case its reviewers hold, keeping them assigned', async () => {
    const doc = await newCase()
    expect((await move(doc.id, 'submitter', 'submitted')).status).toBe(200)
    const reviewers = [cast.users.reviewer.id]
    await rest.patch(`/case-submissions/${doc.id}`, { token: tokens.editor, json: { assignedReviewers: reviewers } })
    expect((await move(doc.id, 'reviewer', 'returned', '请补充数据')).status).toBe(200)
    const edit = await rest.patch(`/case-submissions/${doc.id}`, {
      token: tokens.submitter,
      json: { summary: '补充了带动户数：126户。' },
    })
    expect(edit.status, JSON.stringify(edit.data)).toBe(200)
    expect((await move(doc.id, 'submitter', 'submitted')).status).toBe(200)
    const kept = await app.payload.findByID({ collection: 'case-submissions', id: doc.id, depth: 0 })
    expect(kept.summary).toBe('补充了带动户数：126户。')
    expect(kept.assignedReviewers).toEqual(reviewers)
  })

  it('answers 409 for an illegal move, 403 for the wrong person, 400 for missing fields', async () => {
    const doc = await newCase({ photos: [], summary: '' })
    expect((await move(doc.id, 'submitter', 'excellent')).status).toBe(409)
    expect((await move(doc.id, 'submitter2', 'withdrawn')).status).toBe(403)
    expect((await move(doc.id, null, 'submitted')).status).toBe(403)
    const incomplete = await move(doc.id, 'submitter', 'submitted')
    expect(incomplete.status).toBe(400)
    expect(incomplete.data.errors[0].data.missing).toEqual(expect.arrayContaining(['summary', 'photos']))
    const bad = await rest.post(`/case-submissions/${doc.id}/transition`, { token: tokens.submitter, json: { to: 42 } })
    expect(bad.status).toBe(400)
    expect((await move(missingId(app.payload), 'submitter', 'submitted')).status).toBe(404)
  })

  it('never writes an audit event for a refused move, and no one may write or change one directly', async () => {
    const before = (await app.payload.count({ collection: 'audit-events' })).totalDocs
    const doc = await newCase()
    await move(doc.id, 'reviewer', 'shortlisted')
    expect((await app.payload.count({ collection: 'audit-events' })).totalDocs).toBe(before)
    const forged = await rest.post('/audit-events', {
      token: tokens.admin,
      json: { case: doc.id, from: 'draft', to: 'excellent', at: new Date().toISOString() },
    })
    expect(forged.status).toBe(403)
  })
})

describe('who reads a case', () => {
  it('hides drafts from reviewers and other units, and contact details from reviewers and readers', async () => {
    const doc = await newCase()
    expect((await rest.get(`/case-submissions/${doc.id}`, { token: tokens.submitter2 })).status).toBe(404)
    expect((await rest.get(`/case-submissions/${doc.id}`, { token: tokens.reviewer })).status).toBe(404)
    expect((await rest.get(`/case-submissions/${doc.id}`)).status).toBe(404)
    const own = await rest.get(`/case-submissions/${doc.id}`, { token: tokens.submitter })
    expect(own.data.phone).toBe('0593-5500000')

    await app.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: { assignedReviewers: [cast.users.reviewer.id] },
    })
    await move(doc.id, 'submitter', 'submitted')
    const reviewer = await rest.get(`/case-submissions/${doc.id}`, { token: tokens.reviewer })
    expect(reviewer.status).toBe(200)
    expect(reviewer.data.phone).toBeUndefined()
    expect(reviewer.data.contactPerson).toBeUndefined()

    await move(doc.id, 'reviewer', 'shortlisted')
    const reader = await rest.get(`/case-submissions/${doc.id}`)
    expect(reader.status).toBe(200)
    expect(reader.data.email).toBeUndefined()
  })
})
