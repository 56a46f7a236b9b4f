import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueChallenge } from '@/proofOfWork/challenge'
import { solveProof } from '@/proofOfWork/solve'
import { VOTE_LIMITS } from '@/workflow/voteRules'

import { missingId } from '../helpers/missingId'
import { castVote, proofFor } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens
let campaignId: number

const DAY = 24 * 60 * 60 * 1000

const shortlisted = async (title: string) =>
  (
    await app.payload.create({
      collection: 'case-submissions',
      data: { campaign: campaignId, title, type: '扶贫经验', status: 'shortlisted' },
      context: { caseTransition: true },
    })
  ).id

const votesOf = async (id: number) =>
  (await app.payload.findByID({ collection: 'case-submissions', id, depth: 0 })).votes ?? 0

const codeOf = (res: { data: any }) => res.data?.errors?.[0]?.data?.code

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
  const campaign = await app.payload.create({
    collection: 'campaigns',
    data: {
      name: '防刷票活动',
      year: 2026,
      caseCall: {
        expertWeight: 70,
        voteWeight: 30,
        votingOpens: new Date(Date.now() - DAY).toISOString(),
        votingCloses: new Date(Date.now() + DAY).toISOString(),
      },
    },
  })
  campaignId = campaign.id
})
afterAll(() => app?.close())

describe('the proof of work in front of the vote', () => {
  it('refuses a vote without a proof, with another case’s proof, a tampered or an expired one, and a proof spent twice', async () => {
    const id = await shortlisted('工作量证明')
    const other = await shortlisted('另一个案例')
    const post = (proof: unknown, ip = '198.51.100.1') =>
      rest.post(`/case-submissions/${id}/vote`, { json: { proof }, headers: { 'X-Real-IP': ip } })

    const missing = await rest.post(`/case-submissions/${id}/vote`, { headers: { 'X-Real-IP': '198.51.100.1' } })
    expect([missing.status, missing.data.errors[0].message, codeOf(missing)]).toEqual([
      400,
      'Proof of work missing',
      'proofMissing',
    ])
    expect(missing.data.errors[0].data.errors[0].message).toMatch(/验证/)
    expect(codeOf(await post(await proofFor(rest, other)))).toBe('proofInvalid')
    expect(codeOf(await post(await proofFor(rest, id, 'objection')))).toBe('proofInvalid')

    const genuine = await proofFor(rest, id)
    const tampered = structuredClone(genuine)
    tampered.challenge.parameters.data = { purpose: 'vote', case: String(other) }
    expect(codeOf(await rest.post(`/case-submissions/${other}/vote`, { json: { proof: tampered } }))).toBe(
      'proofInvalid',
    )
    const wrongAnswer = structuredClone(genuine)
    wrongAnswer.solution.derivedKey = '00'.repeat(32)
    expect(codeOf(await post(wrongAnswer))).toBe('proofInvalid')

    const stale = await solveProof(await issueChallenge(app.payload.secret, 'vote', id, Date.now() - 11 * 60 * 1000))
    const expired = await post(stale)
    expect([expired.status, codeOf(expired)]).toEqual([409, 'proofExpired'])
    expect(await votesOf(id)).toBe(0)

    expect((await post(genuine)).status).toBe(200)
    // The same proof from another address and without the cookie: a new voter, but the proof is spent
    const replayed = await post(genuine, '198.51.100.2')
    expect([replayed.status, codeOf(replayed)]).toEqual([409, 'proofUsed'])
    expect(await votesOf(id)).toBe(1)
  })

  it('tells a reader why in Chinese whatever the browser’s language, in Traditional for a Traditional reader', async () => {
    const id = await shortlisted('语言')
    const refusal = async (headers: Record<string, string>) =>
      (await rest.post(`/case-submissions/${id}/vote`, { headers: { 'X-Real-IP': '198.51.100.9', ...headers } })).data
        .errors[0]
    const english = await refusal({ 'Accept-Language': 'en-US,en;q=0.9' })
    expect(english.message).toBe('Proof of work missing')
    expect(english.data.errors[0].message).toBe('页面需要先完成一次自动验证。请刷新页面后再试。')
    const traditional = await refusal({ cookie: 'zh-script=hant' })
    expect(traditional.data.errors[0].message).toContain('驗證')
  })

  it('does not hand out challenges for anything else', async () => {
    const id = missingId(app.payload)
    const res = await rest.get(`/case-submissions/${id}/challenge?purpose=login`)
    expect([res.status, codeOf(res)]).toEqual([400, 'purposeInvalid'])
    expect((await rest.get(`/case-submissions/${id}/challenge?purpose=vote`)).headers.get('cache-control')).toBe(
      'no-store',
    )
  })
})

describe('one client, many cookies', () => {
  it('gets a handful of votes per case a day from a direct connection, whatever addresses its headers claim', async () => {
    const id = await shortlisted('直连刷票')
    const results = []
    for (let i = 0; i < 20; i++) {
      results.push(
        await castVote(rest, id, {
          socket: '203.0.113.7',
          headers: { 'X-Real-IP': `10.${i}.0.1`, 'X-Forwarded-For': `10.${i}.1.1` },
        }),
      )
    }
    expect(results.filter((res) => res.status === 200)).toHaveLength(VOTE_LIMITS.perAddressPerCasePerDay)
    expect(new Set(results.filter((res) => res.status !== 200).map(codeOf))).toEqual(new Set(['networkLimitReached']))
    expect(await votesOf(id)).toBe(VOTE_LIMITS.perAddressPerCasePerDay)
  })

  it('gets at most the network’s allowance through the proxy from rotating addresses in one /24, in parallel', async () => {
    const id = await shortlisted('同网段刷票')
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => castVote(rest, id, { headers: { 'X-Real-IP': `192.0.2.${i + 1}` } })),
    )
    expect(results.filter((res) => res.status === 200)).toHaveLength(VOTE_LIMITS.perNetworkPerCasePerDay)
    expect(await votesOf(id)).toBe(VOTE_LIMITS.perNetworkPerCasePerDay)
    // Another network still votes
    expect((await castVote(rest, id, { headers: { 'X-Real-IP': '192.0.3.1' } })).status).toBe(200)
  })
})

describe('suspicious bursts for editors', () => {
  it('records a burst, which an editor voids: the votes stay, marked void, and the count drops by them', async () => {
    const id = await shortlisted('突发投票')
    const fromOffice = await Promise.all(
      Array.from({ length: 30 }, (_, i) => castVote(rest, id, { headers: { 'X-Real-IP': `100.64.7.${i + 1}` } })),
    )
    expect(fromOffice.every((res) => res.status === 200)).toBe(true)
    const elsewhere = await castVote(rest, id, { headers: { 'X-Real-IP': '100.65.0.1' } })
    expect(elsewhere.status).toBe(200)
    expect(await votesOf(id)).toBe(31)

    const bursts = await rest.get(`/vote-bursts?where[case][equals]=${id}&depth=0`, { token: tokens.editor })
    expect(bursts.status).toBe(200)
    // Thirty votes from one network may straddle a minute boundary: the minutes that reached the threshold are listed
    expect(bursts.data.docs.length).toBeGreaterThanOrEqual(1)
    const burst = bursts.data.docs.sort((a: any, b: any) => b.votes - a.votes)[0]
    expect(burst).toMatchObject({ state: 'open' })
    expect(burst.votes).toBeGreaterThanOrEqual(15)

    for (const who of ['reviewer', 'submitter'] as const) {
      const read = await rest.get(`/vote-bursts?where[case][equals]=${id}`, { token: tokens[who] })
      expect(read.status === 403 || read.data.docs.length === 0).toBe(true)
      const write = await rest.patch(`/vote-bursts/${burst.id}`, { token: tokens[who], json: { state: 'voided' } })
      expect(write.status).toBe(403)
    }
    expect((await rest.get(`/vote-bursts?where[case][equals]=${id}`)).status).toBe(403)

    const voided = await rest.patch(`/vote-bursts/${burst.id}`, { token: tokens.editor, json: { state: 'voided' } })
    expect(voided.status).toBe(200)
    expect(voided.data.doc).toMatchObject({ state: 'voided', voidedVotes: burst.votes })
    expect(voided.data.doc.decidedBy).toBeTruthy()
    expect(await votesOf(id)).toBe(31 - burst.votes)
    const rows = await app.payload.find({ collection: 'case-votes', where: { case: { equals: id } }, limit: 100 })
    expect(rows.totalDocs).toBe(31)
    expect(rows.docs.filter((row) => row.voided)).toHaveLength(burst.votes)

    const undo = await rest.patch(`/vote-bursts/${burst.id}`, { token: tokens.editor, json: { state: 'kept' } })
    expect([undo.status, codeOf(undo)]).toEqual([409, 'burstDecided'])
    const forged = await rest.patch(`/vote-bursts/${burst.id}`, { token: tokens.editor, json: { votes: 1 } })
    expect(forged.data.doc?.votes ?? burst.votes).toBe(burst.votes)
    expect(await votesOf(id)).toBe(31 - burst.votes)
  })

  it('is not decided any more once the case has left the vote', async () => {
    const id = await shortlisted('投票已结束')
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => castVote(rest, id, { headers: { 'X-Real-IP': `100.66.1.${i + 1}` } })),
    )
    const bursts = await rest.get(`/vote-bursts?where[case][equals]=${id}&depth=0`, { token: tokens.editor })
    await app.payload.update({
      collection: 'case-submissions',
      id,
      data: { status: 'proposed' },
      context: { caseTransition: true },
    })
    for (const burst of bursts.data.docs) {
      const late = await rest.patch(`/vote-bursts/${burst.id}`, { token: tokens.editor, json: { state: 'voided' } })
      expect([late.status, codeOf(late)]).toEqual([409, 'burstVoteOver'])
    }
    expect(await votesOf(id)).toBe(12)
  })
})
