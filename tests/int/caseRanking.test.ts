import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  shortlistFromTables,
  shortlistThroughPayload,
  type Shortlist,
} from '@/collections/Campaigns/endpoints/shortlistForRanking'
import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'
import { reviewTotal } from '@/workflow/scoring'

import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Tokens
let campaignId: number
const shortlisted = new Map<number, { title: string; votes: number; means: number[] }>()

// More shortlisted cases than the ranking asks reviews for in one query
const SHORTLISTED = 1100
const OTHERS = CASE_STATUSES.filter((status) => status !== 'shortlisted')
// What the admin's ranking table (CaseRanking.tsx) reads of each case
const UI_FIELDS = [
  'id',
  'title',
  'type',
  'reviews',
  'expertMean',
  'votes',
  'voteShare',
  'expertPart',
  'votePart',
  'score',
  'rank',
].sort()
const scores = (n: number) => ({ typicality: n, innovation: n, effectiveness: n, replicability: n })

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const second = await app.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@test.local', password: TEST_PASSWORD, roles: ['reviewer'] },
  })
  campaignId = (
    await app.payload.create({
      collection: 'campaigns',
      data: { name: '排名', year: 2026, caseCall: { expertWeight: 60, voteWeight: 40 } },
    })
  ).id
  const elsewhere = (await app.payload.create({ collection: 'campaigns', data: { name: '别的活动', year: 2025 } })).id
  // Written through the database adapter in one transaction, as the bulk import does (reviews with their computed
  // total): over a thousand cases through the API would take minutes.
  const transactionID = (await app.payload.db.beginTransaction()) ?? undefined
  const req = { transactionID }
  const addCase = (campaign: number, status: CaseStatus, title: string, votes: number) =>
    app.payload.db.create({
      collection: 'case-submissions',
      data: { campaign, title, type: '创新模式', status, votes },
      req,
    })
  const review = (caseId: number, reviewer: number, n: number) =>
    app.payload.db.create({
      collection: 'case-reviews',
      data: { case: caseId, reviewer, scores: scores(n), total: reviewTotal(scores(n)) },
      req,
    })
  for (let i = 0; i < SHORTLISTED; i++) {
    const votes = (i * 37) % 101
    const doc = await addCase(campaignId, 'shortlisted', `入围案例${i}`, votes)
    const means = i % 7 === 0 ? [] : [1 + (i % 10), 1 + ((i * 3) % 10)]
    for (const [k, n] of means.entries()) await review(doc.id, k === 0 ? cast.users.reviewer.id : second.id, n)
    shortlisted.set(doc.id, { title: `入围案例${i}`, votes, means })
  }
  for (const [i, status] of OTHERS.entries()) {
    const doc = await addCase(campaignId, status, `其他状态${i}`, 500)
    await review(doc.id, cast.users.reviewer.id, 10)
  }
  await addCase(elsewhere, 'shortlisted', '别的活动的入围案例', 500)
  if (transactionID !== undefined) await app.payload.db.commitTransaction(transactionID)
}, 180_000)
afterAll(() => app?.close())

/** A shortlist in one order whatever the engine returns: its cases, and each case's totals sorted. */
const comparable = ({ cases, totalsByCase }: Shortlist) => ({
  cases,
  totals: [...totalsByCase].map(([id, totals]) => [id, [...totals].sort()]).sort(),
})

describe('the ranking of a large shortlist', () => {
  // The ranking reads straight from the tables on the SQL adapters; any other adapter (MongoDB) through payload.db
  it('reads the same shortlist and reviews from the tables as through payload.db', async () => {
    const req = await createLocalReq({}, app.payload)
    const fromTables = await shortlistFromTables(req, campaignId)
    if (!fromTables) throw new Error('the tables are read on every SQL adapter')
    const throughPayload = await shortlistThroughPayload(req, campaignId)
    expect(fromTables.cases).toHaveLength(SHORTLISTED)
    expect(comparable(fromTables)).toEqual(comparable(throughPayload))
  })

  it('ranks every shortlisted case of the campaign and no other, with its reviews, votes and blend', async () => {
    const res = await rest.get(`/campaigns/${campaignId}/ranking`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(res.data.weights).toEqual({ expertWeight: 60, voteWeight: 40 })
    const cases = res.data.cases as Record<string, number | string | null>[]
    expect(cases.map((entry) => entry.id).sort()).toEqual([...shortlisted.keys()].sort())
    const totalVotes = [...shortlisted.values()].reduce((sum, entry) => sum + entry.votes, 0)
    for (const entry of cases) {
      const expected = shortlisted.get(entry.id as number)
      if (!expected) throw new Error(`unexpected case ${entry.id}`)
      const mean = expected.means.length ? expected.means.reduce((a, b) => a + b, 0) / expected.means.length : null
      expect(Object.keys(entry).sort()).toEqual(UI_FIELDS)
      expect(entry).toMatchObject({ title: expected.title, type: '创新模式', votes: expected.votes })
      expect(entry.reviews).toBe(expected.means.length)
      expect(entry.expertMean).toBe(mean)
      expect(entry.voteShare).toBeCloseTo(expected.votes / totalVotes, 12)
      expect(entry.score).toBeCloseTo(((mean ?? 0) / 10) * 60 + (expected.votes / totalVotes) * 40, 1)
    }
    const scoresInOrder = cases.map((entry) => entry.score as number)
    expect(scoresInOrder).toEqual([...scoresInOrder].sort((a, b) => b - a))
    expect(cases[0].rank).toBe(1)
  })
})
