import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'

import { publishables } from '../helpers/editorialFixtures'
import { loginAs } from '../helpers/loginAs'
import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

/**
 * Who may do what in the case call, as one table per operation: every role against cases of unit A in six
 * statuses. "unit" is unit A's submitter (the owner), "otherUnit" unit B's, "reviewer" is assigned to every case,
 * "reviewer2" to none. Reads and refusals go through the real REST handlers.
 */
const ROLES = ['reader', 'unit', 'otherUnit', 'reviewer', 'reviewer2', 'editor', 'admin'] as const
type Who = (typeof ROLES)[number]
const FIXTURE_STATUSES = ['draft', 'submitted', 'rejected', 'shortlisted', 'proposed', 'excellent'] as const
type FixtureStatus = (typeof FIXTURE_STATUSES)[number]

const PUBLIC: FixtureStatus[] = ['shortlisted', 'proposed', 'excellent']
const ALL: FixtureStatus[] = [...FIXTURE_STATUSES]
const NOT_DRAFT = ALL.filter((status) => status !== 'draft')

const READS: Record<Who, FixtureStatus[]> = {
  reader: PUBLIC,
  unit: ALL,
  otherUnit: PUBLIC,
  reviewer: NOT_DRAFT,
  reviewer2: PUBLIC,
  editor: ALL,
  admin: ALL,
}

/** The moves each role may attempt on each fixture case (the admin's buttons); all others are refused. */
const MOVES: Record<Who, Partial<Record<FixtureStatus, CaseStatus[]>>> = {
  reader: {},
  unit: { draft: ['submitted', 'withdrawn'], submitted: ['withdrawn'] },
  otherUnit: {},
  reviewer: { submitted: ['returned', 'rejected', 'shortlisted'] },
  reviewer2: {},
  editor: { shortlisted: ['proposed', 'not-selected'], proposed: ['excellent', 'not-selected'] },
  admin: { shortlisted: ['proposed', 'not-selected'], proposed: ['excellent', 'not-selected'] },
}

let app: TestApp
let rest: RestClient
let cast: Cast
const token: Partial<Record<Who, string>> = {}
const cases = {} as Record<FixtureStatus, number>
let reviewer2Id: number

const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  let tokens: Record<string, string>
  ;({ app, rest, cast, tokens } = await startWithCast())
  const reviewer2 = await app.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@test.local', password: TEST_PASSWORD, roles: ['reviewer'], name: '许专家' },
  })
  reviewer2Id = reviewer2.id
  Object.assign(token, {
    unit: tokens.submitter,
    otherUnit: tokens.submitter2,
    reviewer: tokens.reviewer,
    reviewer2: await loginAs(rest, 'reviewer2@test.local'),
    editor: tokens.editor,
    admin: tokens.admin,
  })
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await app.payload.create({
    collection: 'campaigns',
    data: {
      name: '福建足迹',
      year: 2020,
      caseCall: {
        submissionOpens: new Date(Date.now() - DAY).toISOString(),
        submissionCloses: new Date(Date.now() + DAY).toISOString(),
      },
    },
  })
  for (const status of FIXTURE_STATUSES) {
    const doc = await app.payload.create({
      collection: 'case-submissions',
      data: {
        campaign: campaign.id,
        title: `案例（${status}）`,
        type: '创新模式',
        region: region.id,
        organization: cast.units.a.id,
        summary: '下党乡推行茶园认购。',
        body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
        photos: [image.id],
        contactPerson: '林晓华',
        phone: '0598-3600000',
        email: 'yongan@example.cn',
        status,
        assignedReviewers: status === 'draft' ? [] : [cast.users.reviewer.id],
        publishedOnSite: status === 'excellent',
        publicityEndsAt: status === 'proposed' ? new Date(Date.now() - 1000).toISOString() : undefined,
      },
      context: { caseTransition: true },
    })
    cases[status] = doc.id
  }
  await app.payload.create({
    collection: 'case-reviews',
    data: {
      case: cases.shortlisted,
      reviewer: cast.users.reviewer.id,
      scores: { typicality: 8, innovation: 7, effectiveness: 9, replicability: 8 },
    },
    user: cast.users.reviewer,
  })
  await app.payload.create({
    collection: 'audit-events',
    data: {
      case: cases.submitted,
      organization: cast.units.a.id,
      from: 'draft',
      to: 'submitted',
      actor: cast.users.submitter.id,
      at: new Date().toISOString(),
      ip: '203.0.113.5',
    },
    overrideAccess: true,
  })
  await app.payload.create({
    collection: 'audit-events',
    data: {
      case: cases.rejected,
      organization: cast.units.a.id,
      from: 'submitted',
      to: 'rejected',
      actor: cast.users.reviewer.id,
      at: new Date().toISOString(),
      comment: '材料不全',
      ip: '203.0.113.6',
    },
    overrideAccess: true,
  })
})
afterAll(() => app?.close())

const as = (who: Who) => ({ token: token[who] })

describe('case-submissions: read', () => {
  it.each(ROLES)('%s lists exactly the cases its role allows', async (who) => {
    const res = await rest.get('/case-submissions?limit=100&depth=0', as(who))
    expect(res.status).toBe(200)
    const seen = res.data.docs.map((doc: { status: string }) => doc.status).sort()
    expect(seen).toEqual([...READS[who]].sort())
  })

  it.each(ROLES)('%s opens one case only when allowed (404 otherwise)', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      const res = await rest.get(`/case-submissions/${cases[status]}?depth=0`, as(who))
      expect(res.status, `${who} → ${status}`).toBe(READS[who].includes(status) ? 200 : 404)
    }
  })

  it.each(ROLES)('%s sees contact fields only as the unit, an editor or an admin', async (who) => {
    const res = await rest.get(`/case-submissions/${cases.excellent}?depth=0`, as(who))
    const shown = ['unit', 'editor', 'admin'].includes(who)
    for (const field of ['contactPerson', 'phone', 'email']) {
      expect(res.data[field] !== undefined, `${who} ${field}`).toBe(shown)
    }
  })

  it.each(ROLES)('%s sees who reviews a case only as staff', async (who) => {
    const res = await rest.get(`/case-submissions/${cases.excellent}?depth=1`, as(who))
    const staff = ['reviewer', 'reviewer2', 'editor', 'admin'].includes(who)
    expect(res.data.assignedReviewers !== undefined, who).toBe(staff)
    if (!staff) expect(JSON.stringify(res.data)).not.toContain('reviewer@test.local')
  })
})

describe('case-submissions: create, update, delete', () => {
  const draft = {
    title: '新的案例',
    type: '创新模式',
    summary: '摘要',
  }
  const CREATES: Record<Who, number> = {
    reader: 403,
    unit: 201,
    otherUnit: 201,
    reviewer: 403,
    reviewer2: 403,
    editor: 201,
    admin: 201,
  }
  it.each(ROLES)('%s creating a case gets %s', async (who) => {
    const campaign = (await app.payload.find({ collection: 'campaigns', limit: 1 })).docs[0].id
    const res = await rest.post('/case-submissions', { ...as(who), json: { ...draft, campaign } })
    expect(res.status, who).toBe(CREATES[who])
  })

  // A unit edits its own draft (and a returned case); editors and admins edit any case; nobody else edits any.
  const EDITS: Record<Who, FixtureStatus[]> = {
    reader: [],
    unit: ['draft'],
    otherUnit: [],
    reviewer: [],
    reviewer2: [],
    editor: ALL,
    admin: ALL,
  }
  it.each(ROLES)('%s edits only what its role allows', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      const res = await rest.patch(`/case-submissions/${cases[status]}`, {
        ...as(who),
        json: { summary: `${who} 修改的摘要` },
      })
      const expected = EDITS[who].includes(status) ? 200 : who === 'reader' ? 403 : [403, 404]
      if (Array.isArray(expected)) expect(expected, `${who} → ${status}`).toContain(res.status)
      else expect(res.status, `${who} → ${status}`).toBe(expected)
    }
  })

  it('deletes: a unit only its own draft, an admin any; editors, reviewers and readers none', async () => {
    const campaign = (await app.payload.find({ collection: 'campaigns', limit: 1 })).docs[0].id
    const fresh = async () =>
      (await rest.post('/case-submissions', { ...as('unit'), json: { ...draft, campaign } })).data.doc.id as number
    for (const who of ['reader', 'otherUnit', 'reviewer', 'reviewer2', 'editor'] as Who[]) {
      const id = await fresh()
      expect([403, 404], who).toContain((await rest.delete(`/case-submissions/${id}`, as(who))).status)
    }
    expect((await rest.delete(`/case-submissions/${await fresh()}`, as('unit'))).status).toBe(200)
    expect((await rest.delete(`/case-submissions/${await fresh()}`, as('admin'))).status).toBe(200)
    expect([403, 404]).toContain((await rest.delete(`/case-submissions/${cases.submitted}`, as('unit'))).status)
  })
})

describe('case-submissions: transitions', () => {
  it.each(ROLES)('%s is offered exactly the moves its role may make', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      const res = await rest.get(`/case-submissions/${cases[status]}/transitions`, as(who))
      if (!READS[who].includes(status)) {
        expect(res.status, `${who} → ${status}`).toBe(404)
        continue
      }
      expect(res.data.allowed, `${who} on ${status}`).toEqual(MOVES[who][status] ?? [])
    }
  })

  it.each(ROLES)('%s is refused every other move', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      for (const to of CASE_STATUSES) {
        if ((MOVES[who][status] ?? []).includes(to)) continue
        const res = await rest.post(`/case-submissions/${cases[status]}/transition`, {
          ...as(who),
          json: { to, comment: '理由' },
        })
        expect([403, 404, 409], `${who}: ${status} → ${to}`).toContain(res.status)
      }
    }
    const after = await app.payload.find({
      collection: 'case-submissions',
      where: { id: { in: Object.values(cases) } },
    })
    expect(after.docs.map((doc) => doc.status).sort()).toEqual([...FIXTURE_STATUSES].sort())
  })
})

describe('reviews, votes, audit events and objections', () => {
  const LIST: Record<Who, number> = {
    reader: 403,
    unit: 403,
    otherUnit: 403,
    reviewer: 200,
    reviewer2: 200,
    editor: 200,
    admin: 200,
  }
  it.each(ROLES)('%s reads reviews only as the reviewer who wrote them, an editor or an admin', async (who) => {
    const res = await rest.get('/case-reviews', as(who))
    if (LIST[who] === 403) {
      expect(res.status, who).toBe(403)
      return
    }
    expect(res.data.totalDocs, who).toBe(who === 'reviewer2' ? 0 : 1)
  })

  it.each(ROLES)('%s reads the audit trail as its role allows, without reviewer identities for units', async (who) => {
    const res = await rest.get('/audit-events?depth=1', as(who))
    if (who === 'reader') {
      expect(res.status).toBe(403)
      return
    }
    const expected = who === 'otherUnit' ? 0 : 2
    expect(res.data.totalDocs, who).toBe(expected)
    const text = JSON.stringify(res.data)
    const staff = ['reviewer', 'reviewer2', 'editor', 'admin'].includes(who)
    expect(
      text.includes('reviewer@test.local') || res.data.docs.some((doc: { actor?: unknown }) => doc.actor != null),
      who,
    ).toBe(staff)
    expect(text.includes('203.0.113.6'), who).toBe(staff)
  })

  it.each(ROLES)('%s may not write votes, audit events or objections by hand', async (who) => {
    const forged: [string, unknown][] = [
      ['/case-votes', { case: cases.shortlisted, voter: 'x', day: '2026-11-22' }],
      ['/audit-events', { case: cases.draft, from: 'draft', to: 'excellent', at: new Date().toISOString() }],
      ['/case-objections', { case: cases.proposed, name: 'x', contact: 'x', reason: 'x' }],
    ]
    for (const [path, json] of forged) {
      const res = await rest.post(path, { ...as(who), json })
      expect([401, 403], `${who} ${path}: ${JSON.stringify(res.data)}`).toContain(res.status)
    }
  })

  it.each(ROLES)('%s reads votes and objections only as staff / editors', async (who) => {
    const votes = await rest.get('/case-votes', as(who))
    expect(votes.status, who).toBe(['reviewer', 'reviewer2', 'editor', 'admin'].includes(who) ? 200 : 403)
    const objections = await rest.get('/case-objections', as(who))
    expect(objections.status, who).toBe(['editor', 'admin'].includes(who) ? 200 : 403)
  })

  it('a unit cannot look up a reviewer account at all', async () => {
    for (const who of ['unit', 'otherUnit'] as Who[]) {
      for (const id of [cast.users.reviewer.id, reviewer2Id]) {
        const res = await rest.get(`/users/${id}`, as(who))
        expect([403, 404], who).toContain(res.status)
      }
    }
  })
})
