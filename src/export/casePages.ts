import { setImmediate as nextTurn } from 'node:timers/promises'

import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { narrowedTo, readRule, withinRule } from '@/lib/readRule'
import { relationId } from '@/lib/relationId'
import type { CaseStatus } from '@/workflow/caseStatus'
import type { Scores } from '@/workflow/scoring'

import { FINALIST_STATUSES, type ExportCase } from './caseExportTable'

type Id = string | number
type Relation = Id | { id: Id } | null | undefined

/** One page of the export: its cases, and the reviews of them the caller may read. */
export type CasePage = { cases: ExportCase[]; reviewsByCase: Map<string, Scores[]> }

// A page's reviews, submission times and names are one `in` query each, so a page costs a few queries and memory
// holds one page, however many cases a campaign draws.
const PAGE_SIZE = 500

/**
 * The rows of a query in the order they were created, a page at a time, each page starting after the last row of
 * the one before (creation time, then id for rows created in the same millisecond): no offsets that grow with the
 * page number, and no count. Not in id order alone: UUID ids (PostgreSQL) say nothing of when a case came in. Read
 * through the database adapter, without Payload's pass over every document (callers apply the collection's read
 * rule themselves, see readRule).
 */
async function* inCreationOrder<T extends { id: Id }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  select: SelectType,
  size = PAGE_SIZE,
): AsyncGenerator<T[]> {
  let after: { id: Id; createdAt: string } | null = null
  for (;;) {
    const { docs }: { docs: (T & { createdAt: string })[] } = await req.payload.db.find<T & { createdAt: string }>({
      collection,
      where:
        after === null
          ? where
          : {
              and: [
                where,
                {
                  or: [
                    { createdAt: { greater_than: after.createdAt } },
                    { and: [{ createdAt: { equals: after.createdAt } }, { id: { greater_than: after.id } }] },
                  ],
                },
              ],
            },
      sort: ['createdAt', 'id'],
      limit: size,
      pagination: false,
      select: { ...select, createdAt: true },
      req,
    })
    if (docs.length > 0) yield docs
    if (docs.length < size) return
    const last: { id: Id; createdAt: string } = docs[docs.length - 1]
    after = { id: last.id, createdAt: last.createdAt }
    // The embedded database answers synchronously: without a turn of the event loop between pages, a long export
    // would hold up every other request until its last page.
    await nextTurn()
  }
}

const everyRow = async <T>(req: PayloadRequest, collection: CollectionSlug, where: Where | null, select: SelectType) =>
  where === null
    ? []
    : (await req.payload.db.find<T>({ collection, where, select, pagination: false, limit: 0, req })).docs

type CaseRow = {
  id: Id
  title: string
  type?: string | null
  region?: Relation
  organization?: Relation
  intake?: { channel?: string | null; recommender?: string | null } | null
  status: CaseStatus
  votes?: number | null
  contactPerson?: string | null
  phone?: string | null
  email?: string | null
}

const CASE_FIELDS: Record<string, true> = {
  title: true,
  type: true,
  region: true,
  organization: true,
  intake: true,
  status: true,
  votes: true,
}
const CONTACT_FIELDS: Record<string, true> = { contactPerson: true, phone: true, email: true }

/** Names of regions or units, looked up once per export: a campaign's cases share a few hundred of them. */
const nameBook = async (req: PayloadRequest, collection: 'regions' | 'organizations') => {
  const rule = await readRule(req, collection)
  const known = new Map<string, string | null>()
  return {
    learn: async (relations: Relation[]) => {
      const ids = [...new Set(relations.map((value) => relationId(value)).filter((id) => id != null))]
      const missing = ids.filter((id) => !known.has(String(id)))
      if (missing.length === 0) return
      for (const id of missing) known.set(String(id), null)
      const docs = await everyRow<{ id: Id; name: string }>(
        req,
        collection,
        withinRule({ id: { in: missing } }, rule),
        {
          name: true,
        },
      )
      for (const doc of docs) known.set(String(doc.id), doc.name)
    },
    name: (value: Relation) => {
      const id = relationId(value)
      return id == null ? null : (known.get(String(id)) ?? null)
    },
  }
}

/**
 * The campaign's cases as the caller may read them, a page at a time: editors and admins all of them, a reviewer
 * only those assigned to them and never drafts (the collection's access would also let a reviewer read the public
 * ones). Reviews are the ones the review collection's blind-scoring rule lets the caller read; contact details are
 * read for editors and admins only.
 */
export async function* readCasePages(req: PayloadRequest, campaignId: Id): AsyncGenerator<CasePage> {
  const user = req.user
  const editor = hasRole(user, 'admin', 'editor')
  const [caseRule, reviewRule, auditRule, regions, units] = await Promise.all([
    readRule(req, 'case-submissions'),
    readRule(req, 'case-reviews'),
    readRule(req, 'audit-events'),
    nameBook(req, 'regions'),
    nameBook(req, 'organizations'),
  ])
  const where = withinRule(
    {
      and: [
        { campaign: { equals: campaignId } },
        ...(editor ? [] : [{ assignedReviewers: { in: [user?.id] } }, { status: { not_equals: 'draft' } }]),
      ],
    },
    caseRule,
  )
  if (where === null) return
  const select = editor ? { ...CASE_FIELDS, ...CONTACT_FIELDS } : CASE_FIELDS
  for await (const docs of inCreationOrder<CaseRow>(req, 'case-submissions', where, select)) {
    const ids = docs.map((doc) => doc.id)
    const [reviews, submissions] = await Promise.all([
      everyRow<{ case: Relation; scores: Scores }>(
        req,
        'case-reviews',
        withinRule({ case: { in: ids } }, narrowedTo(reviewRule, 'case', ids)),
        { case: true, scores: true },
      ),
      everyRow<{ case: Relation; at: string }>(
        req,
        'audit-events',
        withinRule(
          { and: [{ case: { in: ids } }, { to: { equals: 'submitted' } }] },
          narrowedTo(auditRule, 'case', ids),
        ),
        { case: true, at: true },
      ),
      regions.learn(docs.map((doc) => doc.region)),
      units.learn(docs.map((doc) => doc.organization)),
    ])
    const reviewsByCase = new Map<string, Scores[]>()
    for (const review of reviews) {
      const key = String(relationId(review.case))
      const list = reviewsByCase.get(key)
      if (list) list.push(review.scores)
      else reviewsByCase.set(key, [review.scores])
    }
    // When each case was first submitted: the earliest of its audit events into `submitted`.
    const submittedAt = new Map<string, string>()
    for (const event of submissions) {
      const key = String(relationId(event.case))
      const earlier = submittedAt.get(key)
      if (!earlier || new Date(event.at) < new Date(earlier)) submittedAt.set(key, event.at)
    }
    yield {
      reviewsByCase,
      cases: docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        type: doc.type,
        region: regions.name(doc.region),
        organization: units.name(doc.organization),
        channel: doc.intake?.channel,
        recommender: doc.intake?.recommender,
        status: doc.status,
        submittedAt: submittedAt.get(String(doc.id)) ?? null,
        votes: doc.votes,
        contactPerson: doc.contactPerson,
        phone: doc.phone,
        email: doc.email,
      })),
    }
  }
}

/**
 * The votes of every finalist, whoever asks: a vote share is a case's votes over all finalists' votes, so a
 * reviewer's export needs the total even of cases it does not list. Only the counts are read, a page at a time.
 */
export const finalistVoteTotal = async (req: PayloadRequest, campaignId: Id): Promise<number> => {
  const where: Where = { and: [{ campaign: { equals: campaignId } }, { status: { in: [...FINALIST_STATUSES] } }] }
  let total = 0
  for await (const docs of inCreationOrder<{ id: Id; votes?: number | null }>(
    req,
    'case-submissions',
    where,
    { votes: true },
    5000,
  )) {
    for (const doc of docs) total += doc.votes ?? 0
  }
  return total
}
