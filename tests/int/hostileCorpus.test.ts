import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonicalEmail, plainLine } from '@/lib/canonicalText'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { escapeHtml } from '@/notifications/mailBody'
import { objectionFiledMails } from '@/notifications/messages'

import { describeInput, HOSTILE_INPUTS } from '../fixtures/hostileInputs'
import { publishables } from '../helpers/editorialFixtures'
import { from, inChunks, segment, unclear } from '../helpers/hostileAnswers'
import { proofFor } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

/**
 * Every input of tests/fixtures/hostileInputs.ts against every public write endpoint (no account): each gets a
 * clear 4xx in the house shape, or is stored exactly as sent (or in its documented cleaned form) and stays text.
 */
let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Tokens
let votableCase: number
let objectableCase: number
let articleId: number

const DAY = 24 * 60 * 60 * 1000
const inputs = HOSTILE_INPUTS.map((input, index) => ({ ...input, label: describeInput(input, index) }))
/**
 * The strings that can stand for a case id in a path. '', '.' and '..' cannot: the URL parser resolves them, so the
 * request reaches another address altogether (Payload's own "Route not found").
 */
const pathIds = inputs.filter(
  (input) => typeof input.value === 'string' && !['', '.', '..'].includes(input.value),
) as ((typeof inputs)[number] & { value: string })[]

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const fixtures = await publishables(app.payload, cast)
  const campaign = await app.payload.create({
    collection: 'campaigns',
    data: {
      name: '恶意输入',
      year: 2026,
      caseCall: {
        expertWeight: 70,
        voteWeight: 30,
        votingOpens: new Date(Date.now() - DAY).toISOString(),
        votingCloses: new Date(Date.now() + DAY).toISOString(),
      },
    },
  })
  const caseIn = async (status: string, extra: Record<string, unknown> = {}) =>
    (
      await app.payload.create({
        collection: 'case-submissions',
        data: {
          campaign: campaign.id,
          title: `茶园认购带动增收 ${status}`,
          type: '创新模式',
          region: fixtures.region.id,
          organization: cast.units.a.id,
          summary: '下党乡推行茶园认购，订单农业带动农户增收。',
          body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
          photos: [fixtures.image.id],
          status: status as never,
          ...extra,
        },
        context: { caseTransition: true },
      })
    ).id
  votableCase = await caseIn('shortlisted')
  objectableCase = await caseIn('proposed', { publicityEndsAt: new Date(Date.now() + 7 * DAY).toISOString() })
  articleId = (
    await app.payload.create({
      collection: 'articles',
      data: { ...fixtures.completeArticle('热榜文章'), _status: 'published' } as never,
      context: { disableRevalidate: true },
    })
  ).id
})
afterAll(() => app?.close())

it('holds at least two hundred inputs of every kind the site must survive', () => {
  expect(inputs.length).toBeGreaterThanOrEqual(200)
  expect(new Set(inputs.map((input) => input.kind)).size).toBeGreaterThanOrEqual(8)
})

describe('unit registration (POST /api/organizations/register)', () => {
  let n = 0
  const unit = () => ({
    name: `恶意输入测试单位${++n}`,
    kind: 'government-department',
    region: '350481',
    contactPerson: '张敏',
    phone: '0598-5800000',
    email: `hostile${n}@example.cn`,
    password: 'Unit-Password-2026',
  })
  // Every input as the name (the text shown most); each also in one other place, in turn, to keep the file quick
  const OTHER_PLACES = ['contactPerson', 'kind', 'region', 'phone', 'email', 'password', 'body'] as const

  it('refuses each input in any field, or stores the unit with the text cleaned only as documented', async () => {
    const sent = inputs.flatMap((input, i) => {
      const field = OTHER_PLACES[i % OTHER_PLACES.length]
      return [
        { input, field: 'name', body: { ...unit(), name: input.value } as unknown },
        { input, field, body: field === 'body' ? input.value : { ...unit(), [field]: input.value } },
      ]
    })
    const answers = await inChunks(sent, (request) =>
      rest.post('/organizations/register', { json: request.body, headers: from() }),
    )
    const stored: { id: number; body: Record<string, any>; label: string }[] = []
    const problems = answers.flatMap((res, i) => {
      const { input, field, body } = sent[i]
      const label = `${field} ${input.label}`
      if (res.status !== 201) return unclear(res, label)
      stored.push({ id: res.data.organization.id, body: body as Record<string, any>, label })
      return []
    })
    expect(problems).toEqual([])
    expect(stored.length).toBeGreaterThan(0)
    await inChunks(stored, async ({ id, body, label }) => {
      const res = await rest.get(`/organizations/${id}`, { token: tokens.editor })
      expect(res.status, label).toBe(200)
      // Text with a lone surrogate half is refused (400), never stored as U+FFFD: what is stored is what was sent
      expect(res.data.name, label).toBe(plainLine(body.name))
      expect(res.data.contactPerson, label).toBe(plainLine(body.contactPerson))
      expect(res.data.approval, label).toBe('pending')
      const user = await app.payload.find({
        collection: 'users',
        where: { organization: { equals: id } },
        depth: 0,
      })
      expect(
        user.docs.map((doc) => [doc.email, doc.roles]),
        label,
      ).toEqual([[canonicalEmail(body.email), ['submitter']]])
    })
  })
})

describe('objections (POST /api/case-submissions/:id/objections)', () => {
  const objection = { name: '张三', contact: 'zhangsan@example.cn', reason: '该案例中的带动户数与实际不符。' }

  it('refuses each input in any field, or stores it trimmed and mails it to editors as text', async () => {
    const sent = inputs.flatMap(({ value, label }) => [
      { label: `name ${label}`, body: { ...objection, name: value } },
      { label: `contact ${label}`, body: { ...objection, contact: value } },
      { label: `reason ${label}`, body: { ...objection, reason: value } },
      { label: `body ${label}`, body: value },
    ])
    const answers = await inChunks(sent, async ({ body }) => {
      const proof = await proofFor(rest, objectableCase, 'objection')
      const json = body && typeof body === 'object' && !Array.isArray(body) ? { ...body, proof } : body
      return rest.post(`/case-submissions/${objectableCase}/objections`, { json, headers: from() })
    })
    const stored: { id: number; body: Record<string, any>; label: string }[] = []
    const problems = answers.flatMap((res, i) => {
      const { label, body } = sent[i]
      if (res.status !== 201) return unclear(res, label)
      stored.push({ id: res.data.doc.id, body: body as Record<string, any>, label })
      return []
    })
    expect(problems).toEqual([])
    expect(stored.length).toBeGreaterThan(0)
    await inChunks(stored, async ({ id, body, label }) => {
      const res = await rest.get(`/case-objections/${id}`, { token: tokens.editor })
      expect(res.status, label).toBe(200)
      for (const field of ['name', 'contact', 'reason'] as const) {
        expect(res.data[field], `${field} of ${label}`).toBe(body[field].trim())
      }
      const [mail] = objectionFiledMails({
        site: { baseUrl: 'https://news.example.cn', name: '东南网' },
        kase: { id: objectableCase, title: '茶园认购带动增收' },
        objection: res.data,
        editors: ['editor@test.local'],
      })
      expect(mail.html, label).toContain(escapeHtml(res.data.reason))
      if (/<[a-z!?/]/i.test(res.data.reason)) expect(mail.html, label).not.toContain(res.data.reason)
    })
  })

  it('answers a hostile case id in the path with a clear refusal', async () => {
    const answers = await inChunks(pathIds, async ({ value }) =>
      rest.post(`/case-submissions/${segment(value)}/objections`, {
        json: { ...objection, proof: await proofFor(rest, objectableCase, 'objection') },
        headers: from(),
      }),
    )
    expect(answers.flatMap((res, i) => unclear(res, pathIds[i].label))).toEqual([])
  })
})

describe('votes (POST /api/case-submissions/:id/vote)', () => {
  it('refuses each input as the proof, as the whole body and as the case id', async () => {
    const sent = [
      ...inputs.map(({ value, label }) => ({ label: `proof ${label}`, path: votableCase, json: { proof: value } })),
      ...inputs.map(({ value, label }) => ({ label: `body ${label}`, path: votableCase, json: value })),
      ...pathIds.map(({ value, label }) => ({ label: `id ${label}`, path: segment(value), json: { proof: value } })),
    ]
    const answers = await inChunks(sent, ({ path, json }) =>
      rest.post(`/case-submissions/${path}/vote`, { json, headers: from() }),
    )
    expect(answers.flatMap((res, i) => unclear(res, sent[i].label))).toEqual([])
    const votes = await app.payload.count({ collection: 'case-votes' })
    expect(votes.totalDocs).toBe(0)
  })
})

describe('the view beacon (POST /api/page-views/beacon)', () => {
  it('refuses each input as the collection, the id or the whole body; only a well-formed id is taken', async () => {
    const sent = [
      ...inputs.map(({ value, label }) => ({
        label: `collection ${label}`,
        json: { collection: value, id: articleId },
      })),
      ...inputs.map(({ value, label }) => ({ label: `id ${label}`, json: { collection: 'articles', id: value } })),
      ...inputs.map(({ value, label }) => ({ label: `body ${label}`, json: value })),
    ]
    const answers = await inChunks(sent, ({ json }) => rest.post('/page-views/beacon', { json, headers: from() }))
    const problems = answers.flatMap((res, i) => {
      const { label, json } = sent[i]
      const id = (json as { id?: unknown } | null)?.id
      // A positive whole number is an id some document could have: counted in memory, dropped if none has it
      if (res.status === 204) return /^[1-9]\d{0,14}$/.test(String(id)) ? [] : [`${label} → taken`]
      return unclear(res, label)
    })
    expect(problems).toEqual([])
  })
})

describe('login and forgot-password (POST /api/users/login, /api/users/forgot-password)', () => {
  it('refuses each input as the email, the password or the whole body of a login', async () => {
    // Each input in one place, in turn: every login costs a password hash, so three each would be slow
    const sent = inputs.map(
      ({ value, label }, i) =>
        [
          { label: `email ${label}`, json: { email: value, password: 'Wrong-Password-2026' } as unknown },
          { label: `password ${label}`, json: { email: 'nobody@test.local', password: value } },
          { label: `body ${label}`, json: value },
        ][i % 3],
    )
    const answers = await inChunks(sent, ({ json }) => rest.post('/users/login', { json, headers: from() }))
    expect(answers.flatMap((res, i) => unclear(res, sent[i].label))).toEqual([])
  })

  it('answers each input as a forgot-password email like any unknown address, or refuses it clearly', async () => {
    const unknown = await rest.post('/users/forgot-password', { json: { email: 'nobody@test.local' }, headers: from() })
    expect(unknown.status).toBe(200)
    const sent = [
      ...inputs.map(({ value, label }) => ({ label: `email ${label}`, json: { email: value } })),
      ...inputs.map(({ value, label }) => ({ label: `body ${label}`, json: value })),
    ]
    const answers = await inChunks(sent, ({ json }) => rest.post('/users/forgot-password', { json, headers: from() }))
    const problems = answers.flatMap((res, i) => {
      if (res.status !== 200) return unclear(res, sent[i].label)
      return JSON.stringify(res.data) === JSON.stringify(unknown.data) ? [] : [`${sent[i].label} → 200 ${res.data}`]
    })
    expect(problems).toEqual([])
  })
})
