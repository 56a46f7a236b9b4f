import { and, eq, inArray } from '@payloadcms/db-sqlite/drizzle'
import type { PayloadRequest } from 'payload'

import { drizzleTables } from '@/lib/drizzleTables'
import { relationId } from '@/lib/relationId'

type Id = string | number

export type ShortlistedCase = { id: Id; title: string; type: string; votes: number }
/** The campaign's shortlisted cases, by id, and each one's review totals by the case id as text. */
export type Shortlist = { cases: ShortlistedCase[]; totalsByCase: Map<string, number[]> }

// Reviews are asked for this many cases at a time, so no query carries thousands of ids.
const CASES_PER_QUERY = 1000

const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CASES_PER_QUERY) }, (_, index) =>
    items.slice(index * CASES_PER_QUERY, (index + 1) * CASES_PER_QUERY),
  )

const collectTotals = (totalsByCase: Map<string, number[]>, caseId: unknown, total: number) => {
  const key = String(caseId)
  const list = totalsByCase.get(key)
  if (list) list.push(total)
  else totalsByCase.set(key, [total])
}

/**
 * Straight on the SQL adapters' tables: Payload's find shaped each of a few thousand cases and their reviews through
 * its transforms, which cost more than the queries (bench/README.md). Each review's total is its four scores' mean,
 * computed whenever the review is written (checkReview): one column read instead of four.
 */
export const shortlistFromTables = async (req: PayloadRequest, campaignId: Id): Promise<Shortlist | null> => {
  const tables = drizzleTables(req)
  if (!tables) return null
  const casesTable = tables.table('case-submissions')
  const reviews = tables.table('case-reviews')
  const db = await tables.db()
  const rows = await db
    .select({ id: casesTable.id, title: casesTable.title, type: casesTable.type, votes: casesTable.votes })
    .from(casesTable)
    .where(and(eq(casesTable.campaign, campaignId), eq(casesTable.status, 'shortlisted')))
    .orderBy(casesTable.id)
  const cases = rows.map((row) => ({
    id: row.id as Id,
    title: String(row.title),
    type: String(row.type),
    votes: Number(row.votes ?? 0),
  }))
  const totalsByCase = new Map<string, number[]>()
  for (const ids of chunks(cases.map((doc) => doc.id))) {
    const totals = await db
      .select({ case: reviews.case, total: reviews.total })
      .from(reviews)
      .where(inArray(reviews.case, ids))
    for (const row of totals) collectTotals(totalsByCase, row.case, Number(row.total))
  }
  return { cases, totalsByCase }
}

/** The same through payload.db, for the adapters that are not drizzle-based (MongoDB). */
export const shortlistThroughPayload = async (req: PayloadRequest, campaignId: Id): Promise<Shortlist> => {
  const { docs } = await req.payload.db.find<{ id: Id; title: string; type: string; votes?: number | null }>({
    collection: 'case-submissions',
    where: { and: [{ campaign: { equals: campaignId } }, { status: { equals: 'shortlisted' } }] },
    select: { title: true, type: true, votes: true },
    sort: 'id',
    pagination: false,
    limit: 0,
    req,
  })
  const cases = docs.map((doc) => ({ id: doc.id, title: doc.title, type: doc.type, votes: doc.votes ?? 0 }))
  const totalsByCase = new Map<string, number[]>()
  for (const ids of chunks(cases.map((doc) => doc.id))) {
    const { docs: reviews } = await req.payload.db.find<{ case: Id | { id: Id }; total: number }>({
      collection: 'case-reviews',
      where: { case: { in: ids } },
      select: { case: true, total: true },
      pagination: false,
      limit: 0,
      req,
    })
    for (const review of reviews) collectTotals(totalsByCase, relationId(review.case), review.total)
  }
  return { cases, totalsByCase }
}

/** What the ranking is computed from: read by editors, who may read every case and review. */
export const shortlistForRanking = async (req: PayloadRequest, campaignId: Id): Promise<Shortlist> =>
  (await shortlistFromTables(req, campaignId)) ?? shortlistThroughPayload(req, campaignId)
