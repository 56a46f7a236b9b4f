import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isUnitApproved } from '@/collections/Organizations/unitApproval'
import { clientAddress } from '@/lib/clientAddress'
import { fromAdminUi } from '@/lib/fromAdminUi'
import { relationId } from '@/lib/relationId'
import { asUserFacing } from '@/lib/UserFacingError'
import { notifyTransition } from '@/notifications'
import type { CaseSubmission } from '@/payload-types'
import { countPhotos, missingCaseFields } from '@/workflow/caseRequirements'
import { allowedTransitions, decideTransition, type CaseFacts } from '@/workflow/caseTransitions'

import { MAX_COMMENT_CHARS, TRANSITION_MESSAGES } from './transitionMessages'

const DAY_MS = 24 * 60 * 60 * 1000

const refuse = (req: PayloadRequest, status: number, code: string, zh: string, missing?: string[]) =>
  asUserFacing(
    new APIError(
      fromAdminUi(req) ? zh : TRANSITION_MESSAGES[code],
      status,
      { code, missing, errors: [{ message: zh }] },
      true,
    ),
  )

const actorOf = (req: PayloadRequest) =>
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

type CaseCampaign = Awaited<ReturnType<typeof campaignOf>>

const upheldObjectionsOn = async (req: PayloadRequest, doc: CaseSubmission) =>
  (
    await req.payload.count({
      collection: 'case-objections',
      where: { and: [{ case: { equals: doc.id } }, { status: { equals: 'upheld' } }] },
      req,
      overrideAccess: true,
    })
  ).totalDocs

const factsOf = (
  doc: CaseSubmission,
  campaign: CaseCampaign,
  upheldObjections: number,
  unitApproved: boolean,
): CaseFacts => {
  return {
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
}

/**
 * POST /api/case-submissions/:id/transition {"to": "...", "comment": "..."}: the only way a case changes status.
 * The pure workflow decides; the status change and its audit event are written in one transaction.
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const body = await req.json?.().catch(() => null)
    const to = body?.to
    const comment = body?.comment ?? null
    if (
      typeof to !== 'string' ||
      (comment !== null && typeof comment !== 'string') ||
      (comment?.length ?? 0) > MAX_COMMENT_CHARS
    ) {
      throw refuse(
        req,
        400,
        'badRequest',
        `请求格式应为 {"to": "状态", "comment": "意见"}，意见不超过 ${MAX_COMMENT_CHARS} 字`,
      )
    }
    const id = req.routeParams?.id as string
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) throw refuse(req, 404, 'notFound', '没有找到这个案例')
    const now = new Date()
    const campaign = await campaignOf(req, doc)
    const unitApproved = await isUnitApproved(req, relationId(doc.organization))
    const facts = factsOf(doc, campaign, await upheldObjectionsOn(req, doc), unitApproved)
    const verdict = decideTransition(actorOf(req), facts, { to, comment, now })
    if (!verdict.ok) throw refuse(req, verdict.status, verdict.code, verdict.message, verdict.missing)

    const publicityEndsAt =
      verdict.to === 'proposed'
        ? new Date(now.getTime() + (campaign?.caseCall?.publicityDays ?? 7) * DAY_MS).toISOString()
        : undefined
    const started = await initTransaction(req)
    try {
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
          comment: comment?.trim() || null,
          ip: clientAddress(req),
        },
        req,
        overrideAccess: true,
      })
      if (started) await commitTransaction(req)
      // Only once committed, and not awaited: a slow or absent mail server must not delay or fail the answer.
      void notifyTransition(req.payload, { caseId: doc.id, from: verdict.from, to: verdict.to, comment })
      return Response.json({ doc: updated }, { status: 200 })
    } catch (error) {
      if (started) await killTransaction(req)
      throw error
    }
  },
}

/** GET /api/case-submissions/:id/transitions: the moves the caller may attempt now, for the admin's buttons. */
export const allowedTransitionsEndpoint: Endpoint = {
  path: '/:id/transitions',
  method: 'get',
  handler: async (req) => {
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id: req.routeParams?.id as string,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!doc) throw refuse(req, 404, 'notFound', '没有找到这个案例')
    const unitApproved = await isUnitApproved(req, relationId(doc.organization))
    const facts = factsOf(doc, await campaignOf(req, doc), await upheldObjectionsOn(req, doc), unitApproved)
    return Response.json({ status: doc.status, allowed: allowedTransitions(actorOf(req), facts, new Date()) })
  },
}
