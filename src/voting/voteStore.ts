import type { PayloadRequest } from 'payload'

import { payloadVoteStore } from './payloadVoteStore'
import { sqlVoteStore } from './sqlVoteStore'

export type Id = number | string

export type VotedCase = { id: Id; status: string; campaign: Id | null }
/** A campaign's voting window, as ISO dates (null: open on that side). */
export type VotingWindow = { id: Id; opens: string | null; closes: string | null }
/** A stored vote, as far as the rules count it. */
export type CountedVote = {
  case: Id
  voter: string
  day: string
  address: string | null
  network: string | null
  minute: string | null
}
export type NewVote = CountedVote & { proof: string; at: string }

/**
 * What the vote batch reads and writes, inside the request's transaction. Two implementations: straight on the
 * tables of the SQL adapters (sqlVoteStore.ts: the batch's hot path) and through payload.db for any other adapter
 * (payloadVoteStore.ts). Both answer the same questions with the same rows, so the rules in recordVotes.ts do not
 * know which one they run on.
 */
export type VoteStore = {
  /** The batch's cases, read first; where the engine has row locks, locked until the batch commits. */
  cases: (ids: Id[]) => Promise<VotedCase[]>
  votingWindows: (campaignIds: Id[]) => Promise<VotingWindow[]>
  /** Every vote these voters cast on these days. */
  votesOfVoters: (voters: string[], days: string[]) => Promise<CountedVote[]>
  /** Every vote for these cases on these days from these networks. */
  votesFromNetworks: (caseIds: Id[], days: string[], networks: string[]) => Promise<CountedVote[]>
  /** Which of these proofs of work a stored vote has already spent. */
  spentProofs: (proofs: string[]) => Promise<string[]>
  insertVotes: (votes: NewVote[]) => Promise<void>
  /** Raises each case's counter by its count and answers the new counters, by the case id as text. */
  raiseCounters: (raises: { id: Id; by: number }[]) => Promise<Map<string, number>>
}

/**
 * Ids in one order that every process agrees on. Counters are raised in this order, so two processes whose batches
 * share cases take the rows' locks (PostgreSQL) in the same order and cannot deadlock.
 */
export const inLockOrder = <T extends { id: Id }>(items: T[]): T[] =>
  [...items].sort((a, b) => {
    if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id
    const [x, y] = [String(a.id), String(b.id)]
    return x < y ? -1 : x > y ? 1 : 0
  })

export const voteStoreFor = (req: PayloadRequest): VoteStore => sqlVoteStore(req) ?? payloadVoteStore(req)
