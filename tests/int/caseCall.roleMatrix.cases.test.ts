import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'

import {
  FIXTURE_STATUSES,
  ROLES,
  startCaseCallMatrix,
  type CaseCallMatrix,
  type FixtureStatus,
  type Who,
} from '../helpers/caseCallMatrix'

/**
 * Who may do what with case studies, as one table per operation: every role against cases in six statuses.
 * Cast and cases: tests/helpers/caseCallMatrix.ts. Reads and refusals go through the real REST handlers.
 */
let m: CaseCallMatrix
beforeAll(async () => {
  m = await startCaseCallMatrix()
})
afterAll(() => m?.app.close())

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

describe('case-submissions: read', () => {
  it.each(ROLES)('%s lists exactly the cases its role allows', async (who) => {
    const res = await m.rest.get('/case-submissions?limit=100&depth=0', m.as(who))
    expect(res.status).toBe(200)
    const seen = res.data.docs.map((doc: { status: string }) => doc.status).sort()
    expect(seen).toEqual([...READS[who]].sort())
  })

  it.each(ROLES)('%s opens one case only when allowed (404 otherwise)', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      const res = await m.rest.get(`/case-submissions/${m.cases[status]}?depth=0`, m.as(who))
      expect(res.status, `${who} → ${status}`).toBe(READS[who].includes(status) ? 200 : 404)
    }
  })

  it.each(ROLES)('%s sees contact fields only as the unit, an editor or an admin', async (who) => {
    const res = await m.rest.get(`/case-submissions/${m.cases.excellent}?depth=0`, m.as(who))
    const shown = ['unit', 'editor', 'admin'].includes(who)
    for (const field of ['contactPerson', 'phone', 'email']) {
      expect(res.data[field] !== undefined, `${who} ${field}`).toBe(shown)
    }
  })

  it.each(ROLES)('%s sees who reviews a case only as staff', async (who) => {
    const res = await m.rest.get(`/case-submissions/${m.cases.excellent}?depth=1`, m.as(who))
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
    const campaign = (await m.app.payload.find({ collection: 'campaigns', limit: 1 })).docs[0].id
    const res = await m.rest.post('/case-submissions', { ...m.as(who), json: { ...draft, campaign } })
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
      const res = await m.rest.patch(`/case-submissions/${m.cases[status]}`, {
        ...m.as(who),
        json: { summary: `${who} 修改的摘要` },
      })
      const expected = EDITS[who].includes(status) ? 200 : who === 'reader' ? 403 : [403, 404]
      if (Array.isArray(expected)) expect(expected, `${who} → ${status}`).toContain(res.status)
      else expect(res.status, `${who} → ${status}`).toBe(expected)
    }
  })

  it('deletes: a unit only its own draft, an admin any; editors, reviewers and readers none', async () => {
    const campaign = (await m.app.payload.find({ collection: 'campaigns', limit: 1 })).docs[0].id
    const fresh = async () =>
      (await m.rest.post('/case-submissions', { ...m.as('unit'), json: { ...draft, campaign } })).data.doc.id as number
    for (const who of ['reader', 'otherUnit', 'reviewer', 'reviewer2', 'editor'] as Who[]) {
      const id = await fresh()
      expect([403, 404], who).toContain((await m.rest.delete(`/case-submissions/${id}`, m.as(who))).status)
    }
    expect((await m.rest.delete(`/case-submissions/${await fresh()}`, m.as('unit'))).status).toBe(200)
    expect((await m.rest.delete(`/case-submissions/${await fresh()}`, m.as('admin'))).status).toBe(200)
    expect([403, 404]).toContain((await m.rest.delete(`/case-submissions/${m.cases.submitted}`, m.as('unit'))).status)
  })
})

describe('case-submissions: transitions', () => {
  it.each(ROLES)('%s is offered exactly the moves its role may make', async (who) => {
    for (const status of FIXTURE_STATUSES) {
      const res = await m.rest.get(`/case-submissions/${m.cases[status]}/transitions`, m.as(who))
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
        const res = await m.rest.post(`/case-submissions/${m.cases[status]}/transition`, {
          ...m.as(who),
          json: { to, comment: '理由' },
        })
        expect([403, 404, 409], `${who}: ${status} → ${to}`).toContain(res.status)
      }
    }
    const after = await m.app.payload.find({
      collection: 'case-submissions',
      where: { id: { in: Object.values(m.cases) } },
    })
    expect(after.docs.map((doc) => doc.status).sort()).toEqual([...FIXTURE_STATUSES].sort())
  })
})
