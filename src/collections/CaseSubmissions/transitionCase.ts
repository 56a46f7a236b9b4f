import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isUnitApproved } from '@/collections/Organizations/unitApproval'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { notifyTransition } from '@/notifications'
import type { CaseSubmission } from '@/payload-types'
import { countPhotos, missingCaseFields } from '@/workflow/caseRequirements'
import { decideTransition, type Actor, type CaseFacts } from '@/workflow/caseTransitions'

export const MAX_COMMENT_CHARS = 2000

const DAY_MS = 24 * 60 * 60 * 1000

export const actorOf = (req: PayloadRequest): Actor | null =>
  req.user ? { id: req.user.id, roles: req.user.roles, organization: relationId(req.user.organization) } : null

const campaignOf = async (req: PayloadRequest, doc: CaseSubmission) => {
  const campaignId = relationId(doc.campaign)
  if (campaignId == null) return null
  return req.payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    select: { caseCall: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
}

const upheldObjectionsOn = async (req: PayloadRequest, doc: CaseSubmission) =>
  (
    await req.payload.count({
      collection: 'case-objections',
      where: { and: [{ case: { equals: doc.id } }, { status: { equals: 'upheld' } }] },
      req,
      overrideAccess: true,
    })
  ).totalDocs

/** What the workflow needs to know about a case, read from the database, and the campaign it belongs to. */
export const caseFactsOf = async (req: PayloadRequest, doc: CaseSubmission) => {
  const campaign = await campaignOf(req, doc)
  const upheldObjections = await upheldObjectionsOn(req, doc)
  const unitApproved = await isUnitApproved(req, relationId(doc.organization))
  const facts: CaseFacts = {
    status: doc.status,
    organization: relationId(doc.organization),
    unitApproved,
    assignedReviewers: (doc.assignedReviewers ?? []).map((reviewer) => relationId(reviewer) as number),
    missingRequiredFields: missingCaseFields(doc as unknown as Record<string, unknown>),
    photoCount: countPhotos(doc.photos),
    submissionWindow: {
      opens: campaign?.caseCall?.submissionOpens ?? null,
      closes: campaign?.caseCall?.submissionCloses ?? null,
    },
    publicityEndsAt: doc.publicityEndsAt ?? null,
    upheldObjections,
  }
  return { facts, campaign }
}

export type TransitionInput = {
  to: unknown
  comment?: unknown
  /** The caller's address, kept on the audit entry. */
  address: string | null
}

/**
 * The only way a case changes status, for the REST endpoint and the portal alike: `req.user` asks, the pure workflow
 * decides, and the status change and its audit event are written in one transaction; the mails go once it is
 * committed. A refusal is thrown as a UserFacingError.
 */
export const transitionCase = async (
  req: PayloadRequest,
  id: number | string,
  { to, comment = null, address }: TransitionInput,
): Promise<CaseSubmission> => {
  if (
    typeof to !== 'string' ||
    (comment !== null && typeof comment !== 'string') ||
    ((comment as string | null)?.length ?? 0) > MAX_COMMENT_CHARS
  ) {
    throw new UserFacingError('transitionMalformed', 400, req, { limit: String(MAX_COMMENT_CHARS) })
  }
  const note = comment as string | null
  const doc = await req.payload.findByID({
    collection: 'case-submissions',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) throw new UserFacingError('caseNotFound', 404, req)
  const now = new Date()
  const { facts, campaign } = await caseFactsOf(req, doc)
  const verdict = decideTransition(actorOf(req), facts, { to, comment: note, now })
  if (!verdict.ok) {
    throw new UserFacingError(
      verdict.code,
      verdict.status,
      req,
      {},
      {
        text: verdict.message,
        data: { missing: verdict.missing },
      },
    )
  }

  const publicityEndsAt =
    verdict.to === 'proposed'
      ? new Date(now.getTime() + (campaign?.caseCall?.publicityDays ?? 7) * DAY_MS).toISOString()
      : undefined
  const started = await initTransaction(req)
  try {
    // The verdict was reached on the status read above; two requests deciding on the same status at once must
    // not both move the case. Claiming the move only while the status is still the one decided on lets exactly
    // one through, on every database, and the other is told the case has moved on.
    const claimed = await req.payload.db.updateOne({
      collection: 'case-submissions',
      where: { and: [{ id: { equals: doc.id } }, { status: { equals: verdict.from } }] },
      data: { status: verdict.to },
      options: { atomic: true },
      req,
    })
    if (!claimed) throw new UserFacingError('statusChanged', 409, req)
    const updated = await req.payload.update({
      collection: 'case-submissions',
      id: doc.id,
      data: {
        status: verdict.to,
        ...(publicityEndsAt ? { publicityEndsAt } : {}),
        // Declared excellent after publicity, a case goes on the site at once; editors can take it off again
        ...(verdict.to === 'excellent' ? { publishedOnSite: true } : {}),
      },
      context: { caseTransition: true },
      req,
      overrideAccess: true,
    })
    await req.payload.create({
      collection: 'audit-events',
      data: {
        case: doc.id,
        organization: relationId(doc.organization),
        from: verdict.from,
        to: verdict.to,
        actor: req.user?.id,
        at: now.toISOString(),
        comment: note?.trim() || null,
        ip: address,
      },
      req,
      overrideAccess: true,
    })
    if (started) await commitTransaction(req)
    // Only once committed, and not awaited: a slow or absent mail server must not delay or fail the answer.
    void notifyTransition(req.payload, { caseId: doc.id, from: verdict.from, to: verdict.to, comment: note })
    return updated
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
