import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { burstDecision, type BurstState } from '@/workflow/voteBursts'

/**
 * An editor's decision on a burst. Voiding marks the burst's counted votes void and lowers the case's counter by
 * their number, inside the same transaction as the decision, so the count never disagrees with the votes that
 * still count. Field access already keeps every other field as it was.
 */
export const decideBurst: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.state as BurstState
  const to = (data.state ?? from) as BurstState
  if (from === to) return data
  const caseId = relationId(originalDoc.case)
  const theCase = await req.payload.findByID({
    collection: 'case-submissions',
    id: caseId as number | string,
    depth: 0,
    select: { status: true },
    req,
  })
  const decision = burstDecision(from, to, theCase.status as string)
  if (!decision.ok) throw new UserFacingError(decision.code, 409, req)
  const decided = { ...data, decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() }
  if (to !== 'voided') return decided

  const counted = await req.payload.update({
    collection: 'case-votes',
    where: {
      and: [
        { case: { equals: caseId } },
        { network: { equals: originalDoc.network } },
        { minute: { equals: originalDoc.minute } },
        { voided: { not_equals: true } },
      ],
    },
    data: { voided: true },
    depth: 0,
    select: { voided: true },
    overrideAccess: true,
    req,
  })
  if (counted.errors.length > 0) throw new Error(`votes of burst ${originalDoc.id} not voided`)
  const voided = counted.docs.length
  if (voided > 0) {
    await req.payload.db.updateOne({
      collection: 'case-submissions',
      id: caseId as number | string,
      // Voiding is not an edit of the case: its last-change time stays, as for a vote
      data: { votes: { $inc: -voided }, updatedAt: null },
      req,
      returning: false,
    })
  }
  return { ...decided, voidedVotes: voided }
}
