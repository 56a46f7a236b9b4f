import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { MessageKey } from '@/i18n/messages'
import { BURST_VOTES_PER_MINUTE, voteMinute } from '@/workflow/voteBursts'
import { judgeVote } from '@/workflow/voteRules'

import { groupCommit } from './groupCommit'
import { recordBursts } from './recordBursts'
import { voteStoreFor, type CountedVote, type Id, type NewVote } from './voteStore'

/** `address` and `network` are keyed hashes of the client's address and of its /24 or /64; `proof` the spent nonce. */
export type VoteRequest = {
  caseId: Id
  voter: string
  address: string
  network: string
  proof: string
  day: string
  now: Date
}
export type VoteRefusal = { ok: false; status: number; code: MessageKey; message: string; retryAfterSeconds?: number }
export type VoteOutcome = VoteRefusal | { ok: true; votes: number }

export const VOTE_NOT_FOUND: VoteRefusal = { ok: false, status: 404, code: 'caseNotFound', message: '没有找到这个案例' }
const PROOF_USED: VoteRefusal = {
  ok: false,
  status: 409,
  code: 'proofUsed',
  message: '这次自动验证已经用过了。请再点一次。',
}

/**
 * Records a batch of votes in one transaction: each vote is judged by the rules against what the database holds
 * inside that transaction (read once for the whole batch) and the batch's own earlier votes, so the limits hold
 * however many votes arrive at once. The accepted votes are written in one statement, and each case's counter rises
 * once by the number of votes it took (on the SQL adapters all counters in one statement: src/voting/voteStore.ts).
 */
const recordBatch = async (payload: Payload, votes: VoteRequest[]): Promise<VoteOutcome[]> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const started = await initTransaction(req)
  try {
    const store = voteStoreFor(req)
    const caseIds = [...new Set(votes.map((vote) => vote.caseId))]
    const days = [...new Set(votes.map((vote) => vote.day))]
    const cases = await store.cases(caseIds)
    const campaignIds = [...new Set(cases.map((doc) => doc.campaign))].filter((id): id is Id => id != null)
    const windows = await store.votingWindows(campaignIds)
    // Every vote the batch's voters cast on the batch's days, in one read; the loop below adds the batch's own.
    const earlier = await store.votesOfVoters([...new Set(votes.map((vote) => vote.voter))], days)
    // Every vote today for the batch's cases from the batch's networks (bounded by the network limit): the address
    // and network limits, and the minutes that make a burst, are counted from these.
    const fromNetworks = await store.votesFromNetworks(caseIds, days, [...new Set(votes.map((vote) => vote.network))])
    const spent = await store.spentProofs(votes.map((vote) => vote.proof))
    const spentProofs = new Set(spent)
    const tally = new Map<string, number>()
    const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1)
    const counted = (key: string) => tally.get(key) ?? 0
    const addressKey = (caseId: Id, day: string, address: string | null) => `a|${caseId}|${day}|${address}`
    const networkKey = (caseId: Id, day: string, network: string | null) => `n|${caseId}|${day}|${network}`
    const minuteKey = (caseId: Id, network: string | null, minute: string | null) => `m|${caseId}|${network}|${minute}`
    const countVote = (caseId: Id, row: Omit<CountedVote, 'case' | 'voter'>) => {
      add(addressKey(caseId, row.day, row.address))
      add(networkKey(caseId, row.day, row.network))
      add(minuteKey(caseId, row.network, row.minute))
    }
    for (const row of fromNetworks) countVote(row.case, row)

    const castBy = new Map<string, string[]>()
    const cast = (voter: string, day: string, caseId: Id) => {
      const key = `${voter}|${day}`
      castBy.set(key, [...(castBy.get(key) ?? []), String(caseId)])
    }
    for (const row of earlier) cast(row.voter, row.day, row.case)
    const caseById = new Map(cases.map((doc) => [String(doc.id), doc]))
    const windowOf = new Map(windows.map((campaign) => [String(campaign.id), campaign]))
    const taken = new Map<string, number>()
    const outcomes: VoteOutcome[] = []
    const accepted: NewVote[] = []
    const bursting = new Set<string>()
    for (const vote of votes) {
      const doc = caseById.get(String(vote.caseId))
      if (!doc) {
        outcomes.push(VOTE_NOT_FOUND)
        continue
      }
      if (spentProofs.has(vote.proof)) {
        outcomes.push(PROOF_USED)
        continue
      }
      const votingWindow = windowOf.get(String(doc.campaign))
      const today = castBy.get(`${vote.voter}|${vote.day}`) ?? []
      const verdict = judgeVote({
        caseStatus: doc.status,
        votingWindow: { opens: votingWindow?.opens ?? null, closes: votingWindow?.closes ?? null },
        now: vote.now,
        votesByVoterToday: today.length,
        votedThisCaseToday: today.includes(String(doc.id)),
        votesFromAddressThisCaseToday: counted(addressKey(doc.id, vote.day, vote.address)),
        votesFromNetworkThisCaseToday: counted(networkKey(doc.id, vote.day, vote.network)),
      })
      spentProofs.add(vote.proof)
      if (!verdict.ok) {
        outcomes.push(verdict)
        continue
      }
      const minute = voteMinute(vote.now)
      accepted.push({
        case: doc.id,
        voter: vote.voter,
        day: vote.day,
        address: vote.address,
        network: vote.network,
        minute,
        proof: vote.proof,
        at: vote.now.toISOString(),
      })
      cast(vote.voter, vote.day, doc.id)
      countVote(doc.id, { day: vote.day, address: vote.address, network: vote.network, minute })
      bursting.add(minuteKey(doc.id, vote.network, minute))
      taken.set(String(doc.id), (taken.get(String(doc.id)) ?? 0) + 1)
      outcomes.push({ ok: true, votes: 0 })
    }
    // The batch's votes in one statement: the rules above and the unique indexes tell them apart
    await store.insertVotes(accepted)
    await recordBursts(
      req,
      [...bursting]
        .map((key) => ({ key, votes: counted(key) }))
        .filter(({ votes }) => votes >= BURST_VOTES_PER_MINUTE)
        .map(({ key, votes }) => {
          const [, caseId, network, minute] = key.split('|')
          return { case: caseById.get(caseId)?.id as Id, network, minute, votes }
        }),
    )
    const votesOf = await store.raiseCounters([...taken].map(([id, by]) => ({ id: caseById.get(id)?.id as Id, by })))
    if (started) await commitTransaction(req)
    return outcomes.map((outcome, index) =>
      outcome.ok ? { ok: true, votes: votesOf.get(String(votes[index].caseId)) ?? 0 } : outcome,
    )
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

const recorders = new WeakMap<Payload, (vote: VoteRequest) => Promise<VoteOutcome>>()

/** One group-commit queue per Payload instance: votes that arrive together are written together. */
export const recordVote = (payload: Payload, vote: VoteRequest): Promise<VoteOutcome> => {
  let record = recorders.get(payload)
  if (!record) {
    record = groupCommit((batch: VoteRequest[]) => recordBatch(payload, batch))
    recorders.set(payload, record)
  }
  return record(vote)
}
