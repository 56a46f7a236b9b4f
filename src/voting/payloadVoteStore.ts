import type { PayloadRequest, Where } from 'payload'

import { writeDocumentsOneByOne } from '@/import/bulk/writeDocuments'
import { relationId } from '@/lib/relationId'

import { inLockOrder, type CountedVote, type Id, type VoteStore } from './voteStore'

type StoredVote = Omit<CountedVote, 'case'> & { case: unknown }

const counted = (row: StoredVote): CountedVote => ({
  case: relationId(row.case as Id) as Id,
  voter: row.voter,
  day: row.day,
  address: row.address ?? null,
  network: row.network ?? null,
  minute: row.minute ?? null,
})

/**
 * The vote batch's reads and writes through payload.db, for the adapters that are not drizzle-based (MongoDB).
 * Slower than the SQL store (each read shapes its rows through Payload's transform, each counter is its own update),
 * but it needs nothing beyond what every adapter offers.
 */
export const payloadVoteStore = (req: PayloadRequest): VoteStore => {
  const { db } = req.payload
  const votes = (where: Where) =>
    db.find<StoredVote>({
      collection: 'case-votes',
      where,
      select: { case: true, voter: true, day: true, address: true, network: true, minute: true },
      pagination: false,
      req,
    })
  return {
    cases: async (ids) => {
      const { docs } = await db.find<{ id: Id; status: string; campaign: unknown }>({
        collection: 'case-submissions',
        where: { id: { in: ids } },
        select: { status: true, campaign: true },
        limit: ids.length,
        pagination: false,
        req,
      })
      return docs.map((doc) => ({ id: doc.id, status: doc.status, campaign: relationId(doc.campaign as Id) }))
    },
    votingWindows: async (ids) => {
      const { docs } = await db.find<{
        id: Id
        caseCall?: { votingOpens?: string | null; votingCloses?: string | null }
      }>({
        collection: 'campaigns',
        where: { id: { in: ids } },
        select: { caseCall: true },
        limit: ids.length,
        pagination: false,
        req,
      })
      return docs.map((doc) => ({
        id: doc.id,
        opens: doc.caseCall?.votingOpens ?? null,
        closes: doc.caseCall?.votingCloses ?? null,
      }))
    },
    votesOfVoters: async (voters, days) =>
      (await votes({ and: [{ voter: { in: voters } }, { day: { in: days } }] })).docs.map(counted),
    votesFromNetworks: async (caseIds, days, networks) =>
      (
        await votes({ and: [{ case: { in: caseIds } }, { day: { in: days } }, { network: { in: networks } }] })
      ).docs.map(counted),
    spentProofs: async (proofs) => {
      const { docs } = await db.find<{ proof: string }>({
        collection: 'case-votes',
        where: { proof: { in: proofs } },
        select: { proof: true },
        pagination: false,
        req,
      })
      return docs.map((row) => row.proof)
    },
    insertVotes: async (newVotes) => {
      await writeDocumentsOneByOne(
        req,
        'case-votes',
        newVotes.map(({ at, ...vote }) => ({ ...vote, voided: false, createdAt: at, updatedAt: at })),
      )
    },
    raiseCounters: async (raises) => {
      if (raises.length === 0) return new Map()
      for (const { id, by } of inLockOrder(raises)) {
        // A reader's vote is not an edit of the case: its last-change time (the library's and the admin's order) stays.
        await db.updateOne({
          collection: 'case-submissions',
          id,
          data: { votes: { $inc: by }, updatedAt: null },
          req,
          returning: false,
        })
      }
      const { docs } = await db.find<{ id: Id; votes?: number }>({
        collection: 'case-submissions',
        where: { id: { in: raises.map((raise) => raise.id) } },
        select: { votes: true },
        limit: raises.length,
        pagination: false,
        req,
      })
      return new Map(docs.map((doc) => [String(doc.id), doc.votes ?? 0]))
    },
  }
}
