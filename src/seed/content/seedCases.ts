import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { relationId } from '@/lib/relationId'
import type { CaseSubmission, Region, User } from '@/payload-types'
import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'
import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'

import { demoOrganizations } from '../organizations'
import { demoUsers } from '../users'
import { writeMissingAuditEvents } from './caseHistory'
import { writeMissingObjections } from './caseObjections'
import { writeReviews } from './caseReviews'
import { demoCases } from './cases'
import { statusOf, type CaseSeed, type StepActor } from './caseSeed'
import { caseTimeline, spreadOver, type CaseTimeline } from './caseTimeline'
import { topUpVotes } from './caseVotes'
import { context, covers, type Tally } from './helpers'
import type { ImageIds } from './images'

type Refs = {
  campaign: number
  images: ImageIds
  regionId: (code: string) => Region['id']
  /** The hour of seeding: histories are dated back from it as the campaign's windows are dated forward from it. */
  hour: Date
}

/** What the demo cases hold after the run, for the seed's summary line. */
export type CaseSummary = {
  byStatus: Record<CaseStatus, number>
  events: number
  reviews: number
  votes: number
  objections: number
}

const read = { pagination: false, depth: 0, overrideAccess: true } as const
const write = { overrideAccess: true, depth: 0, context } as const
// Seeded cases are already past the moves they record: only seeding writes a status directly.
const asTransition = { overrideAccess: true, depth: 0, context: { ...context, caseTransition: true } } as const

/** The demo accounts and units the cases name, each fetched in one query. */
const loadCast = async (payload: Payload) => {
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: demoUsers.map((user) => user.email) } },
    ...read,
  })
  const units = await payload.find({
    collection: 'organizations',
    where: { name: { in: demoOrganizations.map((unit) => unit.name) } },
    select: { name: true },
    ...read,
  })
  const user = (email: string): User => {
    const found = users.docs.find((doc) => doc.email === email)
    if (!found) throw new Error(`Demo account ${email} must exist before the demo cases`)
    return found
  }
  const unit = (key: string) => {
    const seed = demoOrganizations.find((org) => org.key === key)
    const id = units.docs.find((doc) => doc.name === seed?.name)?.id
    if (!seed || id == null) throw new Error(`Demo unit ${key} must exist before the demo cases`)
    const submitter = demoUsers.find(
      (account) => account.organizationKey === key && account.roles.includes('submitter'),
    )
    if (!submitter) throw new Error(`Demo unit ${key} has no submitter account`)
    return { seed, id, submitter: user(submitter.email) }
  }
  const staff = {
    reviewer: user(`reviewer${DEMO_EMAIL_DOMAIN}`),
    reviewer2: user(`reviewer2${DEMO_EMAIL_DOMAIN}`),
    editor: user(`editor${DEMO_EMAIL_DOMAIN}`),
  }
  return { unit, staff }
}

type Cast = Awaited<ReturnType<typeof loadCast>>

/** What the unit wrote and what editors set; the status and the dates are handled apart. */
const contentOf = (seed: CaseSeed, refs: Refs, unit: ReturnType<Cast['unit']>) => ({
  campaign: refs.campaign,
  title: seed.title,
  type: seed.type,
  region: refs.regionId(seed.region),
  organization: unit.id,
  intake: seed.recommendedBy
    ? { channel: 'recommended' as const, recommender: seed.recommendedBy }
    : { channel: 'self' as const },
  summary: seed.summary,
  body: lexicalParagraphs(seed.body) as CaseSubmission['body'],
  keyFigures: seed.keyFigures,
  photos: [refs.images[seed.image]],
  contactPerson: unit.seed.contactPerson,
  phone: unit.seed.phone,
  email: unit.seed.email,
  publishedOnSite: seed.publishedOnSite ?? false,
})

/** Fields that are set once and then left alone: reviewers may have been reassigned, dates follow the clock. */
const missingOnce = (doc: CaseSubmission | undefined, seed: CaseSeed, timeline: CaseTimeline, cast: Cast) => {
  const fill: Partial<CaseSubmission> = {}
  if (seed.history.length > 0 && !doc?.assignedReviewers?.length) {
    fill.assignedReviewers = [cast.staff.reviewer.id, cast.staff.reviewer2.id]
  }
  if (timeline.publicityEndsAt && !doc?.publicityEndsAt) fill.publicityEndsAt = timeline.publicityEndsAt.toISOString()
  return fill
}

/** Creates a missing case, or brings an existing one's content up to the seed; its status is never reset. */
const upsertCase = async (
  payload: Payload,
  seed: CaseSeed,
  existing: CaseSubmission | undefined,
  data: ReturnType<typeof contentOf>,
  fill: Partial<CaseSubmission>,
  timeline: CaseTimeline,
  tally: Tally,
): Promise<CaseSubmission> => {
  if (!existing) {
    tally.created++
    const createdAt = timeline.createdAt.toISOString()
    const updatedAt = (timeline.steps.at(-1)?.at ?? timeline.createdAt).toISOString()
    // A case that was scored starts on the shortlist: reviews can only be written there. It moves on afterwards.
    const status = seed.reviews ? 'shortlisted' : statusOf(seed)
    return payload.create({
      collection: 'case-submissions',
      data: { ...data, ...fill, status, createdAt, updatedAt },
      ...asTransition,
    })
  }
  if (covers(existing, data) && Object.keys(fill).length === 0) {
    tally.unchanged++
    return existing
  }
  tally.updated++
  return payload.update({ collection: 'case-submissions', id: existing.id, data: { ...data, ...fill }, ...write })
}

/** The related rows of all demo cases, one query per collection, grouped by case id. */
const loadRelated = async (payload: Payload, ids: CaseSubmission['id'][]) => {
  const where = { case: { in: ids } }
  const [events, reviews, objections, votes] = await Promise.all([
    payload.find({ collection: 'audit-events', where, select: { case: true, from: true, to: true }, ...read }),
    payload.find({ collection: 'case-reviews', where, select: { case: true, reviewer: true }, ...read }),
    payload.find({ collection: 'case-objections', where, select: { case: true, name: true, reason: true }, ...read }),
    payload.find({ collection: 'case-votes', where, select: { case: true }, ...read }),
  ])
  const group = <T extends { case: unknown }>(docs: T[]) => {
    const byCase = new Map<string, T[]>()
    for (const doc of docs) {
      const key = String(relationId(doc.case as never))
      byCase.set(key, [...(byCase.get(key) ?? []), doc])
    }
    return (id: CaseSubmission['id']) => byCase.get(String(id)) ?? []
  }
  return {
    events: group(events.docs),
    reviews: group(reviews.docs),
    objections: group(objections.docs),
    votes: group(votes.docs),
  }
}

type Related = Awaited<ReturnType<typeof loadRelated>>

type SeededCase = {
  seed: CaseSeed
  unit: ReturnType<Cast['unit']>
  timeline: CaseTimeline
  doc: CaseSubmission
  /** The status the case ends the run in. */
  status: CaseStatus
}

/**
 * Writes what a case's history lacks: audit events, reviews, votes and objections, then sets the status it ends in.
 * Returns how many of each the case holds afterwards.
 */
const completeCase = async (
  payload: Payload,
  { seed, unit, timeline, doc, status }: SeededCase,
  related: Related,
  cast: Cast,
) => {
  const actorOf = (by: StepActor) => (by === 'submitter' ? unit.submitter.id : cast.staff[by].id)
  const target = { id: doc.id, organization: unit.id }
  const events = related.events(doc.id)
  const held = {
    events: events.length + (await writeMissingAuditEvents(payload, target, timeline.steps, events, actorOf)),
    reviews: 0,
    votes: 0,
    objections: 0,
  }
  const reviewed = new Set(related.reviews(doc.id).map((review) => String(relationId(review.reviewer))))
  held.reviews = reviewed.size
  if (seed.reviews && timeline.shortlist) {
    const [first, second] = spreadOver(timeline.shortlist, 3)
    const missing = [
      { reviewer: cast.staff.reviewer, seed: seed.reviews.reviewer, at: first },
      { reviewer: cast.staff.reviewer2, seed: seed.reviews.reviewer2, at: second },
    ].filter(({ reviewer }) => !reviewed.has(String(reviewer.id)))
    if (missing.length > 0 && doc.status !== 'shortlisted') {
      // Reviews are taken only on the shortlist: a case from an older demo goes back there while they are written
      await payload.update({
        collection: 'case-submissions',
        id: doc.id,
        data: { status: 'shortlisted' },
        ...asTransition,
      })
      doc.status = 'shortlisted'
    }
    held.reviews += await writeReviews(payload, doc.id, missing)
  }
  const votes = { rows: related.votes(doc.id).length, counter: doc.votes ?? 0 }
  held.votes = votes.rows
  if (seed.votes && timeline.shortlist) {
    held.votes += await topUpVotes(payload, doc.id, spreadOver(timeline.shortlist, seed.votes), votes)
  }
  const objections = related.objections(doc.id)
  held.objections = objections.length
  if (seed.objections) {
    const times = { proposedAt: timeline.proposedAt, decidedAt: timeline.decidedAt }
    const editor = cast.staff.editor.id
    held.objections += await writeMissingObjections(payload, doc.id, seed.objections, times, editor, objections)
  }
  if (doc.status !== status) {
    await payload.update({ collection: 'case-submissions', id: doc.id, data: { status }, ...asTransition })
  }
  return held
}

/**
 * The demo cases with their history: the audit trail of every step, both reviewers' scores, readers' votes and
 * objections, as the workflow would have left them. Idempotent: cases are found by title, and each kind of row by
 * its natural key, so a rerun writes only what is missing.
 */
export const seedCases = async (payload: Payload, refs: Refs, tally: Tally): Promise<CaseSummary> => {
  const cast = await loadCast(payload)
  const campaign = await payload.findByID({
    collection: 'campaigns',
    id: refs.campaign,
    select: { caseCall: true },
    ...read,
  })
  const publicityDays = campaign.caseCall?.publicityDays ?? 7
  const found = await payload.find({
    collection: 'case-submissions',
    where: { title: { in: demoCases.map((seed) => seed.title) } },
    ...read,
  })
  const byTitle = new Map(found.docs.map((doc) => [doc.title, doc]))

  const cases: SeededCase[] = []
  for (const [index, seed] of demoCases.entries()) {
    const unit = cast.unit(seed.unit)
    const timeline = caseTimeline(seed, refs.hour, publicityDays, index)
    const existing = byTitle.get(seed.title)
    const fill = missingOnce(existing, seed, timeline, cast)
    const doc = await upsertCase(payload, seed, existing, contentOf(seed, refs, unit), fill, timeline, tally)
    // An existing case keeps the status it has, which may be one a demo user moved it to.
    cases.push({ seed, unit, timeline, doc, status: existing?.status ?? statusOf(seed) })
  }

  const related = await loadRelated(
    payload,
    cases.map(({ doc }) => doc.id),
  )
  const summary: CaseSummary = {
    byStatus: Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as CaseSummary['byStatus'],
    events: 0,
    reviews: 0,
    votes: 0,
    objections: 0,
  }
  for (const entry of cases) {
    const held = await completeCase(payload, entry, related, cast)
    summary.events += held.events
    summary.reviews += held.reviews
    summary.votes += held.votes
    summary.objections += held.objections
    summary.byStatus[entry.status]++
  }
  return summary
}
