import type { Payload } from 'payload'

import { inBackground } from '@/lib/backgroundWork.mjs'
import { relationId } from '@/lib/relationId'
import type { CaseStatus } from '@/workflow/caseStatus'

import { deliver } from './deliver'
import {
  assignedReviewerIds,
  editorAddresses,
  loadCase,
  loadObjection,
  reviewerAddresses,
  siteOf,
  unitAddresses,
} from './load'
import { assignmentMails, objectionDecidedMails, objectionFiledMails, transitionMails } from './messages'
import { assignmentIsNews, transitionAudiences } from './recipients'

type Id = number | string

/**
 * Mail is a side effect of a change that already happened: these never reject, so a caller may fire and forget,
 * and a mail server that is down or slow can neither fail nor undo the change. Failures go to the log. A server
 * that is stopping waits for them (src/lib/backgroundWork.mjs).
 */
const safely = (payload: Payload, what: string, work: () => Promise<void>): Promise<void> =>
  inBackground(work().catch((err) => payload.logger.error({ err, msg: `Notification failed (${what})` })))

/** A case changed status: the unit, and depending on the new status its reviewers or the editors. */
export const notifyTransition = (
  payload: Payload,
  { caseId, from, to, comment }: { caseId: Id; from: CaseStatus; to: CaseStatus; comment?: string | null },
) =>
  safely(payload, `case ${caseId} ${from} → ${to}`, async () => {
    const kase = await loadCase(payload, caseId)
    if (!kase) return
    const audiences = transitionAudiences(to)
    const [unit, reviewers, editors] = await Promise.all([
      audiences.unit ? unitAddresses(payload, kase) : [],
      audiences.reviewers ? reviewerAddresses(payload, assignedReviewerIds(kase)) : [],
      audiences.editors ? editorAddresses(payload) : [],
    ])
    await deliver(
      payload,
      transitionMails({ site: siteOf(payload), kase, from, to, comment, recipients: { unit, reviewers, editors } }),
    )
  })

/** Reviewers newly put on a case. */
export const notifyAssignment = (payload: Payload, { caseId, reviewerIds }: { caseId: Id; reviewerIds: Id[] }) =>
  safely(payload, `case ${caseId} assigned`, async () => {
    const kase = await loadCase(payload, caseId)
    if (!kase || !assignmentIsNews(kase.status) || reviewerIds.length === 0) return
    const reviewers = await reviewerAddresses(payload, reviewerIds)
    await deliver(payload, assignmentMails({ site: siteOf(payload), kase, status: kase.status, reviewers }))
  })

const caseAndObjection = async (payload: Payload, caseId: Id, objectionId: Id) => {
  const [kase, objection] = await Promise.all([loadCase(payload, caseId), loadObjection(payload, objectionId)])
  // The objection must belong to the case named, or one case's people would hear of another's objection.
  if (!kase || !objection || relationId(objection.case) !== kase.id) return null
  return { kase, objection }
}

/** A reader objected to a case in publicity: the editors decide, so they are told, with who objected and why. */
export const notifyObjectionFiled = (payload: Payload, { caseId, objectionId }: { caseId: Id; objectionId: Id }) =>
  safely(payload, `objection ${objectionId} filed`, async () => {
    const found = await caseAndObjection(payload, caseId, objectionId)
    if (!found) return
    const editors = await editorAddresses(payload)
    await deliver(payload, objectionFiledMails({ site: siteOf(payload), ...found, editors }))
  })

/** An editor upheld or dismissed an objection: the objector (when they left an email) and the unit. */
export const notifyObjectionDecided = (payload: Payload, { caseId, objectionId }: { caseId: Id; objectionId: Id }) =>
  safely(payload, `objection ${objectionId} decided`, async () => {
    const found = await caseAndObjection(payload, caseId, objectionId)
    if (!found) return
    const unit = await unitAddresses(payload, found.kase)
    await deliver(payload, objectionDecidedMails({ site: siteOf(payload), ...found, unit }))
  })
