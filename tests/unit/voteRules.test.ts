import { describe, expect, it } from 'vitest'

import { dayOfMinute, voteMinute } from '@/workflow/voteBursts'
import { VOTE_LIMITS, judgeVote, secondsUntilNextVoteDay, voteDay, type VoteAttempt } from '@/workflow/voteRules'

describe('voteDay', () => {
  it('changes day at midnight Beijing time, not UTC', () => {
    expect(voteDay(new Date('2020-07-09T15:59:59Z'))).toBe('2020-07-09')
    expect(voteDay(new Date('2020-07-09T16:00:00Z'))).toBe('2020-07-10')
    expect(voteDay(new Date('2020-07-09T00:30:00Z'))).toBe('2020-07-09')
    expect(voteDay(new Date('2020-12-31T16:00:00Z'))).toBe('2021-01-01')
  })
})

describe('dayOfMinute', () => {
  it('gives the day a vote of that minute was counted under, across Beijing midnight', () => {
    for (const at of ['2020-07-09T15:59:30Z', '2020-07-09T16:00:00Z', '2020-12-31T16:01:00Z', '2020-07-09T00:00:00Z']) {
      const vote = new Date(at)
      expect(dayOfMinute(voteMinute(vote))).toBe(voteDay(vote))
    }
    expect(dayOfMinute('2020-07-09T16:00')).toBe('2020-07-10')
  })
})

describe('secondsUntilNextVoteDay', () => {
  it('counts to the next Beijing midnight', () => {
    expect(secondsUntilNextVoteDay(new Date('2020-07-09T15:59:59Z'))).toBe(1)
    expect(secondsUntilNextVoteDay(new Date('2020-07-09T16:00:00Z'))).toBe(24 * 60 * 60)
    expect(secondsUntilNextVoteDay(new Date('2020-07-09T04:00:00Z'))).toBe(12 * 60 * 60)
  })

  it('rounds part of a second up, so a retry is never early', () => {
    expect(secondsUntilNextVoteDay(new Date('2020-07-09T15:59:58.500Z'))).toBe(2)
    expect(secondsUntilNextVoteDay(new Date('2020-07-09T15:59:59.999Z'))).toBe(1)
  })
})

const now = new Date('2020-07-09T04:00:00Z')

const attempt = (overrides: Partial<VoteAttempt> = {}): VoteAttempt => ({
  caseStatus: 'shortlisted',
  votingWindow: { opens: '2020-07-01T00:00:00Z', closes: '2020-07-20T00:00:00Z' },
  now,
  votesByVoterToday: 0,
  votedThisCaseToday: false,
  votesFromAddressThisCaseToday: 0,
  votesFromNetworkThisCaseToday: 0,
  ...overrides,
})

describe('judgeVote', () => {
  it('accepts a first vote for a shortlisted case while voting is open', () => {
    expect(judgeVote(attempt())).toEqual({ ok: true })
  })

  it('takes votes only for shortlisted cases', () => {
    for (const caseStatus of ['draft', 'submitted', 'proposed', 'excellent', 'not-selected']) {
      expect(judgeVote(attempt({ caseStatus }))).toMatchObject({ ok: false, status: 409, code: 'notShortlisted' })
    }
  })

  it('is open at both edges of the voting window and closed a millisecond outside', () => {
    const window = (opens: string | null, closes: string | null) =>
      judgeVote(attempt({ votingWindow: { opens, closes } }))
    expect(window('2020-07-09T04:00:00Z', '2020-07-09T04:00:00Z')).toEqual({ ok: true })
    expect(window(null, null)).toEqual({ ok: true })
    const early = window('2020-07-09T04:00:00.001Z', null)
    expect(early).toMatchObject({
      ok: false,
      status: 409,
      code: 'votingClosed',
      message: expect.stringContaining('尚未开始'),
    })
    const late = window(null, '2020-07-09T03:59:59.999Z')
    expect(late).toMatchObject({
      ok: false,
      status: 409,
      code: 'votingClosed',
      message: expect.stringContaining('已经结束'),
    })
  })

  it('checks the case and the window before the daily limits', () => {
    const spent = { votedThisCaseToday: true, votesByVoterToday: VOTE_LIMITS.perVoterPerDay }
    expect(judgeVote(attempt({ ...spent, caseStatus: 'proposed' }))).toMatchObject({ code: 'notShortlisted' })
    expect(judgeVote(attempt({ ...spent, votingWindow: { opens: null, closes: '2020-07-01' } }))).toMatchObject({
      code: 'votingClosed',
    })
  })

  it('allows one vote per case per day, retrying after Beijing midnight', () => {
    expect(judgeVote(attempt({ votedThisCaseToday: true }))).toEqual({
      ok: false,
      status: 429,
      code: 'alreadyVotedToday',
      message: '每个案例每天只能投 1 票，请明天再来',
      retryAfterSeconds: 12 * 60 * 60,
    })
  })

  it('allows ten votes per voter per day', () => {
    expect(VOTE_LIMITS).toMatchObject({ perCasePerDay: 1, perVoterPerDay: 10 })
    expect(judgeVote(attempt({ votesByVoterToday: 9 }))).toEqual({ ok: true })
    expect(judgeVote(attempt({ votesByVoterToday: 10 }))).toEqual({
      ok: false,
      status: 429,
      code: 'dailyLimitReached',
      message: '每人每天最多投 10 票，请明天再来',
      retryAfterSeconds: 12 * 60 * 60,
    })
  })

  it('allows a handful of votes per case a day from one address, and more from one network, whatever the cookie', () => {
    const { perAddressPerCasePerDay, perNetworkPerCasePerDay } = VOTE_LIMITS
    expect(perAddressPerCasePerDay).toBeLessThanOrEqual(5)
    expect(perNetworkPerCasePerDay).toBeGreaterThan(perAddressPerCasePerDay)
    const fresh = { votesByVoterToday: 0, votedThisCaseToday: false }
    expect(judgeVote(attempt({ ...fresh, votesFromAddressThisCaseToday: perAddressPerCasePerDay - 1 }))).toEqual({
      ok: true,
    })
    const refused = {
      ok: false,
      status: 429,
      code: 'networkLimitReached',
      message: '您所在的网络今天给这个案例投的票已达上限，请明天再来',
      retryAfterSeconds: 12 * 60 * 60,
    }
    expect(judgeVote(attempt({ ...fresh, votesFromAddressThisCaseToday: perAddressPerCasePerDay }))).toEqual(refused)
    expect(judgeVote(attempt({ ...fresh, votesFromNetworkThisCaseToday: perNetworkPerCasePerDay - 1 }))).toEqual({
      ok: true,
    })
    expect(judgeVote(attempt({ ...fresh, votesFromNetworkThisCaseToday: perNetworkPerCasePerDay }))).toEqual(refused)
  })
})
