/** The public vote's rules as pure functions: the endpoint supplies the counts, these decide. */
import type { MessageKey } from '@/i18n/messages'

import type { CaseStatus } from './caseStatus'
import { windowPosition, type TimeWindow } from './timeWindow'

/**
 * Per voter (cookie and address together), and per client address and network (/24, /64) for each case, so that a
 * client clearing its cookies gets a handful of votes, not a new vote each time. The network allowance is larger:
 * an office or a school shares one.
 */
export const VOTE_LIMITS = {
  perCasePerDay: 1,
  perVoterPerDay: 10,
  perAddressPerCasePerDay: 5,
  perNetworkPerCasePerDay: 50,
} as const

// China has kept UTC+8 all year since 1991, so a fixed offset is exact and needs no time-zone data.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

const VOTABLE: CaseStatus = 'shortlisted'

/** The calendar day in Beijing, 'YYYY-MM-DD': a voting day starts at midnight Beijing time. */
export const voteDay = (now: Date): string => new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

/** Whole seconds until the next Beijing midnight, rounded up so a client retrying then is never early. */
export const secondsUntilNextVoteDay = (now: Date): number => {
  const beijing = now.getTime() + BEIJING_OFFSET_MS
  const nextMidnight = (Math.floor(beijing / DAY_MS) + 1) * DAY_MS
  return Math.ceil((nextMidnight - beijing) / 1000)
}

export type VoteAttempt = {
  caseStatus: string
  /** ISO; null leaves that side unbounded, both edges count as open. */
  votingWindow: TimeWindow
  now: Date
  votesByVoterToday: number
  votedThisCaseToday: boolean
  /** Votes for this case today from the client's address, and from its network, by anyone. */
  votesFromAddressThisCaseToday: number
  votesFromNetworkThisCaseToday: number
}

export type VoteVerdict =
  { ok: true } | { ok: false; status: 409 | 429; code: MessageKey; message: string; retryAfterSeconds?: number }

/** The case and the vote's dates first (409: trying later today will not help), then the daily limits (429). */
export const judgeVote = (attempt: VoteAttempt): VoteVerdict => {
  if (attempt.caseStatus !== VOTABLE) {
    return { ok: false, status: 409, code: 'notShortlisted', message: '只有入围案例可以投票' }
  }
  const position = windowPosition(attempt.votingWindow, attempt.now)
  if (position !== 'open') {
    const message = position === 'before' ? '投票尚未开始，请在投票开始后再来' : '投票已经结束，感谢您的关注'
    return { ok: false, status: 409, code: 'votingClosed', message }
  }
  const retryAfterSeconds = secondsUntilNextVoteDay(attempt.now)
  if (attempt.votedThisCaseToday) {
    const message = `每个案例每天只能投 ${VOTE_LIMITS.perCasePerDay} 票，请明天再来`
    return { ok: false, status: 429, code: 'alreadyVotedToday', message, retryAfterSeconds }
  }
  if (attempt.votesByVoterToday >= VOTE_LIMITS.perVoterPerDay) {
    const message = `每人每天最多投 ${VOTE_LIMITS.perVoterPerDay} 票，请明天再来`
    return { ok: false, status: 429, code: 'dailyLimitReached', message, retryAfterSeconds }
  }
  if (
    attempt.votesFromAddressThisCaseToday >= VOTE_LIMITS.perAddressPerCasePerDay ||
    attempt.votesFromNetworkThisCaseToday >= VOTE_LIMITS.perNetworkPerCasePerDay
  ) {
    const message = '您所在的网络今天给这个案例投的票已达上限，请明天再来'
    return { ok: false, status: 429, code: 'networkLimitReached', message, retryAfterSeconds }
  }
  return { ok: true }
}
