import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payloadVoteStore } from '@/voting/payloadVoteStore'
import { sqlVoteStore } from '@/voting/sqlVoteStore'
import type { CountedVote, Id, NewVote, VoteStore } from '@/voting/voteStore'

import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
let campaignId: Id
const caseIds: Id[] = []

const DAY = '2026-12-04'
const OPENS = '2026-12-01T00:00:00.000Z'
const CLOSES = '2026-12-31T16:00:00.000Z'

const newVote = (caseId: Id, voter: string, network: string): NewVote => ({
  case: caseId,
  voter,
  day: DAY,
  address: `${voter}-address`,
  network,
  minute: '2026-12-04T02:03',
  proof: `${voter}-${String(caseId)}-proof`,
  at: '2026-12-04T02:03:04.000Z',
})

const voterAndCase = (voter: string, caseId: unknown) => `${voter}|${String(caseId)}`

/** Votes in one order whatever the ids (UUIDs on PostgreSQL are random, so case order is not creation order). */
const byVoterAndCase = (votes: CountedVote[]) =>
  [...votes].sort((a, b) => voterAndCase(a.voter, a.case).localeCompare(voterAndCase(b.voter, b.case)))

/** Expected [voter, case] pairs in that same order. */
const inVoteOrder = (pairs: [string, unknown][]) =>
  [...pairs].sort((a, b) => voterAndCase(...a).localeCompare(voterAndCase(...b)))

/** Runs `use` with both stores inside one transaction, committed afterwards. */
const withStores = async <T>(use: (stores: { sql: VoteStore; plain: VoteStore }) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, app.payload)
  const started = await initTransaction(req)
  const sql = sqlVoteStore(req)
  if (!sql) throw new Error('the SQL store serves every SQL adapter')
  const result = await use({ sql, plain: payloadVoteStore(req) })
  if (started) await commitTransaction(req)
  return result
}

beforeAll(async () => {
  app = await startPayload()
  campaignId = (
    await app.payload.create({
      collection: 'campaigns',
      data: {
        name: '投票存储',
        year: 2020,
        caseCall: { expertWeight: 70, voteWeight: 30, votingOpens: OPENS, votingCloses: CLOSES },
      },
    })
  ).id
  for (const title of ['甲村', '乙村', '丙村']) {
    const created = await app.payload.create({
      collection: 'case-submissions',
      data: { campaign: campaignId, title, type: '扶贫经验', status: 'shortlisted' },
      context: { caseTransition: true },
    })
    caseIds.push(created.id)
  }
})
afterAll(() => app?.close())

// The SQL store is the path every vote takes here; Payload's is the one other adapters (MongoDB) take. Both must
// answer the rules' questions alike, or the limits would hold on one database and not on another.
describe('the vote batch’s two stores', () => {
  it('read back the same cases, windows, votes and spent proofs, whichever of them wrote the votes', async () => {
    const [first, second, third] = caseIds
    await withStores(async ({ sql, plain }) => {
      await plain.insertVotes([newVote(first, 'voter-a', 'net-1'), newVote(second, 'voter-a', 'net-1')])
      await sql.insertVotes([newVote(first, 'voter-b', 'net-1'), newVote(third, 'voter-c', 'net-2')])
    })
    await withStores(async ({ sql, plain }) => {
      for (const store of [sql, plain]) {
        expect(await store.cases([first, third])).toEqual(
          expect.arrayContaining([
            { id: first, status: 'shortlisted', campaign: campaignId },
            { id: third, status: 'shortlisted', campaign: campaignId },
          ]),
        )
        expect(await store.votingWindows([campaignId])).toEqual([{ id: campaignId, opens: OPENS, closes: CLOSES }])
        const ofVoters = byVoterAndCase(await store.votesOfVoters(['voter-a', 'voter-c'], [DAY]))
        expect(ofVoters.map((vote) => [vote.voter, vote.case])).toEqual(
          inVoteOrder([
            ['voter-a', first],
            ['voter-a', second],
            ['voter-c', third],
          ]),
        )
        expect(ofVoters.find((vote) => vote.case === first)).toEqual({
          case: first,
          voter: 'voter-a',
          day: DAY,
          address: 'voter-a-address',
          network: 'net-1',
          minute: '2026-12-04T02:03',
        })
        const fromNetwork = byVoterAndCase(await store.votesFromNetworks([first, third], [DAY], ['net-1']))
        expect(fromNetwork.map((vote) => [vote.voter, vote.case])).toEqual(
          inVoteOrder([
            ['voter-a', first],
            ['voter-b', first],
          ]),
        )
        const proofs = [`voter-a-${String(first)}-proof`, `voter-c-${String(third)}-proof`, 'never-spent']
        expect((await store.spentProofs(proofs)).sort()).toEqual(proofs.slice(0, 2).sort())
      }
    })
  })

  it('raise each counter by its own count and answer the new counts, leaving the cases’ last change alone', async () => {
    const [first, second, third] = caseIds
    const before = await app.payload.findByID({ collection: 'case-submissions', id: first })
    const afterPlain = await withStores(({ plain }) => plain.raiseCounters([{ id: first, by: 2 }]))
    expect(afterPlain.get(String(first))).toBe((before.votes ?? 0) + 2)
    const afterSql = await withStores(({ sql }) =>
      sql.raiseCounters([
        { id: third, by: 1 },
        { id: first, by: 3 },
      ]),
    )
    expect(afterSql.get(String(first))).toBe((before.votes ?? 0) + 5)
    expect(afterSql.get(String(third))).toBe(1)
    expect(afterSql.has(String(second))).toBe(false)
    const after = await app.payload.findByID({ collection: 'case-submissions', id: first })
    expect(after.votes).toBe((before.votes ?? 0) + 5)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect((await app.payload.findByID({ collection: 'case-submissions', id: second })).votes ?? 0).toBe(0)
  })
})
