/**
 * Suspicious vote bursts: many votes for one case from one network within one minute. Found as the votes are
 * recorded, shown to editors, who either keep them or void them before the ranking is decided. Pure, so the
 * collection, the vote recorder and the tests share the rules.
 */

import { voteDay } from './voteRules'

/** Votes for one case from one network within one minute at which the minute is shown to editors as a burst. */
export const BURST_VOTES_PER_MINUTE = 10

export const BURST_STATES = ['open', 'kept', 'voided'] as const
export type BurstState = (typeof BURST_STATES)[number]

export const BURST_STATE_LABELS: Record<BurstState, { zh: string; en: string }> = {
  open: { zh: '待处理', en: 'To decide' },
  kept: { zh: '保留（正常投票）', en: 'Kept (genuine)' },
  voided: { zh: '已作废', en: 'Voided' },
}

/** The minute a vote falls in, as the burst record keys it: 'YYYY-MM-DDTHH:MM' in UTC. */
export const voteMinute = (at: Date): string => at.toISOString().slice(0, 16)

/** The Beijing day of a vote minute: the day its votes were counted under. */
export const dayOfMinute = (minute: string): string => voteDay(new Date(`${minute}:00.000Z`))

/**
 * Whether an editor may move a burst from one state to another. Voiding is final (the votes no longer count and the
 * counter has been lowered); a kept burst can still be voided if later evidence says so. Nothing is decided once
 * the case has left the vote, since the ranking built on its votes may already be out.
 */
export const burstDecision = (
  from: BurstState,
  to: BurstState,
  caseStatus: string,
): { ok: true } | { ok: false; code: 'burstDecided' | 'burstVoteOver' } => {
  if (from === to) return { ok: true }
  if (from === 'voided' || to === 'open') return { ok: false, code: 'burstDecided' }
  if (caseStatus !== 'shortlisted') return { ok: false, code: 'burstVoteOver' }
  return { ok: true }
}
