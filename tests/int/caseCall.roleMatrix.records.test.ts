import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  FIXTURE_STATUSES,
  ROLES,
  startCaseCallMatrix,
  type CaseCallMatrix,
  type FixtureStatus,
  type Who,
} from '../helpers/caseCallMatrix'

/**
 * Who may read and write the case call's records — reviews, votes, audit events, objections and accounts.
 * Cast and cases: tests/helpers/caseCallMatrix.ts. Reads and refusals go through the real REST handlers.
 */
let m: CaseCallMatrix
beforeAll(async () => {
  m = await startCaseCallMatrix()
})
afterAll(() => m?.app.close())

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
    const res = await m.rest.get('/case-reviews', m.as(who))
    if (LIST[who] === 403) {
      expect(res.status, who).toBe(403)
      return
    }
    expect(res.data.totalDocs, who).toBe(who === 'reviewer2' ? 0 : 1)
  })

  it.each(ROLES)('%s reads the audit trail as its role allows, without reviewer identities for units', async (who) => {
    const res = await m.rest.get('/audit-events?depth=1', m.as(who))
    if (who === 'reader') {
      expect(res.status).toBe(403)
      return
    }
    // A reviewer reads the trail of the cases assigned to it only; reviewer2 has none
    const expected = who === 'otherUnit' || who === 'reviewer2' ? 0 : 2
    expect(res.data.totalDocs, who).toBe(expected)
    const text = JSON.stringify(res.data)
    const staff = ['reviewer', 'editor', 'admin'].includes(who)
    expect(
      text.includes('reviewer@test.local') || res.data.docs.some((doc: { actor?: unknown }) => doc.actor != null),
      who,
    ).toBe(staff)
    expect(text.includes('203.0.113.6'), who).toBe(staff)
  })

  it.each(ROLES)('%s may not write votes, audit events or objections by hand', async (who) => {
    const forged: [string, unknown][] = [
      ['/case-votes', { case: m.cases.shortlisted, voter: 'x', day: '2026-11-22' }],
      ['/audit-events', { case: m.cases.draft, from: 'draft', to: 'excellent', at: new Date().toISOString() }],
      ['/case-objections', { case: m.cases.proposed, name: 'x', contact: 'x', reason: 'x' }],
    ]
    for (const [path, json] of forged) {
      const res = await m.rest.post(path, { ...m.as(who), json })
      expect([401, 403], `${who} ${path}: ${JSON.stringify(res.data)}`).toContain(res.status)
    }
  })

  it.each(ROLES)('%s reads votes and objections only as staff / editors', async (who) => {
    const votes = await m.rest.get('/case-votes', m.as(who))
    expect(votes.status, who).toBe(['reviewer', 'reviewer2', 'editor', 'admin'].includes(who) ? 200 : 403)
    const objections = await m.rest.get('/case-objections', m.as(who))
    expect(objections.status, who).toBe(['editor', 'admin'].includes(who) ? 200 : 403)
  })

  it('a unit cannot look up a reviewer account at all', async () => {
    for (const who of ['unit', 'otherUnit'] as Who[]) {
      for (const id of [m.cast.users.reviewer.id, m.reviewer2Id]) {
        const res = await m.rest.get(`/users/${id}`, m.as(who))
        expect([403, 404], who).toContain(res.status)
      }
    }
  })
})
