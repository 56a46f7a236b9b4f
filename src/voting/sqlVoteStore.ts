// drizzle-orm's operators are the same for every dialect; the SQLite adapter re-exports the drizzle-orm that the
// PostgreSQL adapter is built on too.
import { and, inArray, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { PayloadRequest } from 'payload'

import { drizzleTables } from '@/lib/drizzleTables'

import { type CountedVote, type Id, type NewVote, type VoteStore } from './voteStore'

// An IN list per statement stays far below SQLite's 32,766 bound values; a batch holds at most a few hundred votes.
const ROWS_PER_INSERT = 500

const text = (value: unknown) => (value == null ? null : String(value))
// As Payload's read gives a date: the engines' own text forms of a timestamp, made ISO
const isoDate = (value: unknown) => (value == null ? null : new Date(String(value)).toISOString())

/**
 * The vote batch's reads and writes straight on the adapter's drizzle tables, for SQLite and PostgreSQL alike (the
 * query builder writes each engine's SQL). Payload's own find and updateOne shape every row through its transforms,
 * walking all of a collection's fields and snake-casing their names on each call, and raised each case's counter in
 * a statement of its own: for the handful of columns the rules read, that cost more than the SQL. Here every counter
 * of the batch rises in one statement. Null for an adapter that is not drizzle-based.
 */
export const sqlVoteStore = (req: PayloadRequest): VoteStore | null => {
  const tables = drizzleTables(req)
  if (!tables) return null
  const { table, db } = tables
  const cases = table('case-submissions')
  const votes = table('case-votes')
  const campaigns = table('campaigns')

  const countedVotes = async (condition: SQL | undefined): Promise<CountedVote[]> => {
    const rows = await (
      await db()
    )
      .select({
        case: votes.case,
        voter: votes.voter,
        day: votes.day,
        address: votes.address,
        network: votes.network,
        minute: votes.minute,
      })
      .from(votes)
      .where(condition)
    return rows.map((row) => ({
      case: row.case as Id,
      voter: String(row.voter),
      day: String(row.day),
      address: text(row.address),
      network: text(row.network),
      minute: text(row.minute),
    }))
  }

  return {
    cases: async (ids) => {
      // Where the engine locks rows (PostgreSQL), the batch's cases are locked before anything else is read, in the
      // order of their ids: a batch of another process that shares a case waits here until this one has committed,
      // then reads its votes, so the limits count across processes and two batches cannot each hold a lock the other
      // waits for. (Locked later, at the counters, the votes' inserts had already taken the key-share lock of their
      // foreign key on the same rows, and two processes deadlocked.) NO KEY UPDATE, as the counter's update itself
      // takes: rows elsewhere that merely point at the case are not held up. SQLite has no row locks: there a write
      // transaction holds the whole database, and nothing can interleave.
      const query = (await db())
        .select({ id: cases.id, status: cases.status, campaign: cases.campaign })
        .from(cases)
        .where(inArray(cases.id, ids))
        .orderBy(cases.id)
      const rows = await (query.for ? query.for('no key update') : query)
      return rows.map((row) => ({
        id: row.id as Id,
        status: String(row.status),
        campaign: (row.campaign ?? null) as Id,
      }))
    },
    votingWindows: async (ids) => {
      const rows = await (
        await db()
      )
        .select({ id: campaigns.id, opens: campaigns.caseCall_votingOpens, closes: campaigns.caseCall_votingCloses })
        .from(campaigns)
        .where(inArray(campaigns.id, ids))
      return rows.map((row) => ({ id: row.id as Id, opens: isoDate(row.opens), closes: isoDate(row.closes) }))
    },
    votesOfVoters: (voters, days) => countedVotes(and(inArray(votes.voter, voters), inArray(votes.day, days))),
    votesFromNetworks: (caseIds, days, networks) =>
      countedVotes(and(inArray(votes.case, caseIds), inArray(votes.day, days), inArray(votes.network, networks))),
    spentProofs: async (proofs) => {
      const rows = await (await db()).select({ proof: votes.proof }).from(votes).where(inArray(votes.proof, proofs))
      return rows.map((row) => String(row.proof))
    },
    insertVotes: async (newVotes: NewVote[]) => {
      const rows = newVotes.map(({ at, ...vote }) => ({ ...vote, voided: false, createdAt: at, updatedAt: at }))
      const connection = await db()
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await connection.insert(votes).values(rows.slice(start, start + ROWS_PER_INSERT))
      }
    },
    raiseCounters: async (raises) => {
      if (raises.length === 0) return new Map()
      const connection = await db()
      const ids = raises.map((raise) => raise.id)
      // The rows are locked since the batch read them (`cases` above). Every case by its own count, in one
      // statement; the case's last-change time stays (a vote is not an edit)
      const by = sql.join(
        raises.map((raise) => sql`when ${raise.id} then cast(${raise.by} as integer)`),
        sql` `,
      )
      const rows = await connection
        .update(cases)
        .set({ votes: sql`coalesce(${cases.votes}, 0) + case ${cases.id} ${by} else 0 end` })
        .where(inArray(cases.id, ids))
        .returning({ id: cases.id, votes: cases.votes })
      return new Map(rows.map((row) => [String(row.id), Number(row.votes)]))
    },
  }
}
