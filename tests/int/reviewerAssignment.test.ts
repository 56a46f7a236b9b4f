import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relationId'

import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let campaignId: number
const reviewers: Record<string, number> = {}

const reviewer = async (email: string, organization?: number, conflicts?: number[]) =>
  (
    await app.payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, roles: ['reviewer'], organization, conflicts },
    })
  ).id

const caseOf = async (organization: number, status: 'draft' | 'submitted' = 'submitted') =>
  (
    await app.payload.create({
      collection: 'case-submissions',
      data: {
        campaign: campaignId,
        title: `案例-${organization}-${Math.random()}`,
        type: '扶贫经验',
        organization,
        status,
      },
      context: { caseTransition: true },
    })
  ).id

const assigned = async (id: number) =>
  ((await app.payload.findByID({ collection: 'case-submissions', id, depth: 0 })).assignedReviewers ?? []).map(
    (value) => relationId(value),
  )

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  campaignId = (
    await app.payload.create({
      collection: 'campaigns',
      data: { name: '分配测试', year: 2020, caseCall: { expertWeight: 70, voteWeight: 30 } },
    })
  ).id
  reviewers.free = cast.users.reviewer.id
  reviewers.ofUnitA = await reviewer('unit-a-reviewer@test.local', cast.units.a.id)
  reviewers.conflictB = await reviewer('conflict-b@test.local', undefined, [cast.units.b.id])
})
afterAll(() => app?.close())

describe('assigning reviewers', () => {
  it('refuses, even by hand, a reviewer of the case’s own unit, one with a declared conflict, or a non-reviewer', async () => {
    const ofA = await caseOf(cast.units.a.id)
    const ofB = await caseOf(cast.units.b.id)
    for (const [id, who] of [
      [ofA, reviewers.ofUnitA],
      [ofB, reviewers.conflictB],
      [ofA, cast.users.submitter.id],
    ]) {
      const res = await rest.patch(`/case-submissions/${id}`, {
        token: tokens.editor,
        json: { assignedReviewers: [who] },
      })
      expect(res.status).toBe(400)
      expect(res.data.errors[0].message).toBe('Reviewer not eligible for this case')
      expect(await assigned(id)).toEqual([])
    }
  })

  it('assigns a reviewer named twice once, instead of refusing the list', async () => {
    const id = await caseOf(cast.units.b.id)
    const res = await rest.patch(`/case-submissions/${id}`, {
      token: tokens.editor,
      json: { assignedReviewers: [reviewers.free, reviewers.ofUnitA, reviewers.free] },
    })
    expect(res.status).toBe(200)
    expect(await assigned(id)).toEqual([reviewers.free, reviewers.ofUnitA])
  })

  it('tops a case up automatically with the least loaded eligible reviewers', async () => {
    const first = await caseOf(cast.units.a.id)
    const res = await rest.post(`/case-submissions/${first}/assign-reviewers`, {
      token: tokens.editor,
      json: { count: 2 },
    })
    expect(res.status).toBe(200)
    // Unit A's own reviewer is excluded; both others are free.
    expect((await assigned(first)).sort()).toEqual([reviewers.free, reviewers.conflictB].sort())

    // A case of unit B: the conflicted reviewer is out; the reviewer of unit A has no open case yet, so comes first.
    const second = await caseOf(cast.units.b.id)
    await rest.post(`/case-submissions/${second}/assign-reviewers`, { token: tokens.editor, json: { count: 1 } })
    expect(await assigned(second)).toEqual([reviewers.ofUnitA])
  })

  it('is for editors only', async () => {
    const id = await caseOf(cast.units.a.id)
    for (const who of ['reviewer', 'submitter']) {
      const res = await rest.post(`/case-submissions/${id}/assign-reviewers`, { token: tokens[who], json: {} })
      expect(res.status).toBe(403)
    }
    expect((await rest.post(`/case-submissions/${id}/assign-reviewers`, { json: {} })).status).toBe(401)
  })
})
