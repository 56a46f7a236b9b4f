import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { MessageKey } from '@/i18n/messages'
import { writeDocuments, type DocumentData } from '@/import/bulk/writeDocuments'
import { relationId } from '@/lib/relationId'
import { BURST_VOTES_PER_MINUTE, voteMinute } from '@/workflow/voteBursts'
import { judgeVote } from '@/workflow/voteRules'

import { groupCommit } from './groupCommit'
import { recordBursts } from './recordBursts'

type Id = number | string

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
 * once by the number of votes it took.
 */
const recordBatch = async (payload: Payload, votes: VoteRequest[]): Promise<VoteOutcome[]> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const started = await initTransaction(req)
  try {
    const caseIds = [...new Set(votes.map((vote) => vote.caseId))]
    const cases = await payload.db.find<{ id: Id; status: string; campaign: unknown }>({
      collection: 'case-submissions',
      where: { id: { in: caseIds } },
      select: { status: true, campaign: true },
      limit: caseIds.length,
      pagination: false,
      req,
    })
    const campaignIds = [...new Set(cases.docs.map((doc) => relationId(doc.campaign as Id)))].filter(
      (id): id is Id => id != null,
    )
    const campaigns = await payload.db.find<{ id: Id; caseCall?: { votingOpens?: string; votingCloses?: string } }>({
      collection: 'campaigns',
      where: { id: { in: campaignIds } },
      select: { caseCall: true },
      limit: campaignIds.length,
      pagination: false,
      req,
    })
    // Every vote the batch's voters cast on the batch's days, in one read; the loop below adds the batch's own.
    const earlier = await payload.db.find<{ voter: string; day: string; case: unknown }>({
      collection: 'case-votes',
      where: {
        and: [
          { voter: { in: [...new Set(votes.map((vote) => vote.voter))] } },
          { day: { in: [...new Set(votes.map((vote) => vote.day))] } },
        ],
      },
      select: { voter: true, day: true, case: true },
      pagination: false,
      req,
    })
    // Every vote today for the batch's cases from the batch's networks (bounded by the network limit): the address
    // and network limits, and the minutes that make a burst, are counted from these.
    const fromNetworks = await payload.db.find<{
      case: unknown
      day: string
      address?: string
      network: string
      minute?: string
    }>({
      collection: 'case-votes',
      where: {
        and: [
          { case: { in: caseIds } },
          { day: { in: [...new Set(votes.map((vote) => vote.day))] } },
          { network: { in: [...new Set(votes.map((vote) => vote.network))] } },
        ],
      },
      select: { case: true, day: true, address: true, network: true, minute: true },
      pagination: false,
      req,
    })
    const spent = await payload.db.find<{ proof: string }>({
      collection: 'case-votes',
      where: { proof: { in: votes.map((vote) => vote.proof) } },
      select: { proof: true },
      pagination: false,
      req,
    })
    const spentProofs = new Set(spent.docs.map((row) => row.proof))
    const tally = new Map<string, number>()
    const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1)
    const counted = (key: string) => tally.get(key) ?? 0
    const addressKey = (caseId: Id, day: string, address?: string) => `a|${caseId}|${day}|${address}`
    const networkKey = (caseId: Id, day: string, network: string) => `n|${caseId}|${day}|${network}`
    const minuteKey = (caseId: Id, network: string, minute?: string) => `m|${caseId}|${network}|${minute}`
    const countVote = (caseId: Id, row: { day: string; address?: string; network: string; minute?: string }) => {
      add(addressKey(caseId, row.day, row.address))
      add(networkKey(caseId, row.day, row.network))
      add(minuteKey(caseId, row.network, row.minute))
    }
    for (const row of fromNetworks.docs) countVote(relationId(row.case as Id) as Id, row)

    const castBy = new Map<string, string[]>()
    const cast = (voter: string, day: string, caseId: Id) => {
      const key = `${voter}|${day}`
      castBy.set(key, [...(castBy.get(key) ?? []), String(caseId)])
    }
    for (const row of earlier.docs) cast(row.voter, row.day, relationId(row.case as Id) as Id)
    const caseById = new Map(cases.docs.map((doc) => [String(doc.id), doc]))
    const campaignById = new Map(campaigns.docs.map((doc) => [String(doc.id), doc]))
    const taken = new Map<string, number>()
    const outcomes: VoteOutcome[] = []
    const accepted: DocumentData[] = []
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
      const caseCall = campaignById.get(String(relationId(doc.campaign as Id)))?.caseCall
      const today = castBy.get(`${vote.voter}|${vote.day}`) ?? []
      const verdict = judgeVote({
        caseStatus: doc.status,
        votingWindow: { opens: caseCall?.votingOpens ?? null, closes: caseCall?.votingCloses ?? null },
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
      const at = vote.now.toISOString()
      const minute = voteMinute(vote.now)
      accepted.push({
        case: doc.id,
        voter: vote.voter,
        day: vote.day,
        address: vote.address,
        network: vote.network,
        minute,
        proof: vote.proof,
        voided: false,
        createdAt: at,
        updatedAt: at,
      })
      cast(vote.voter, vote.day, doc.id)
      countVote(doc.id, { day: vote.day, address: vote.address, network: vote.network, minute })
      bursting.add(minuteKey(doc.id, vote.network, minute))
      taken.set(String(doc.id), (taken.get(String(doc.id)) ?? 0) + 1)
      outcomes.push({ ok: true, votes: 0 })
    }
    // The batch's votes in one statement: the rules above and the unique index tell them apart
    await writeDocuments(req, 'case-votes', accepted, { key: ['case', 'voter', 'day'] })
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
    for (const [id, count] of taken) {
      // A reader's vote is not an edit of the case: its last-change time (the library's and the admin's order) stays.
      // The updated row is not read back: the counters are read together below.
      await payload.db.updateOne({
        collection: 'case-submissions',
        id: caseById.get(id)?.id as Id,
        data: { votes: { $inc: count }, updatedAt: null },
        req,
        returning: false,
      })
    }
    const counters = await payload.db.find<{ id: Id; votes?: number }>({
      collection: 'case-submissions',
      where: { id: { in: [...taken.keys()].map((id) => caseById.get(id)?.id as Id) } },
      select: { votes: true },
      limit: taken.size,
      pagination: false,
      req,
    })
    const votesOf = new Map(counters.docs.map((doc) => [String(doc.id), doc.votes ?? 0]))
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
