import type { CollectionBeforeChangeHook, Where } from 'payload'

import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'
import { burstDecision, dayOfMinute, type BurstState } from '@/workflow/voteBursts'

type Id = number | string

/**
 * The votes of a burst that still count. The day adds nothing to what case, network and minute select, but lets the
 * database find them by the (case, day, network) index the vote itself reads by, so no index is kept for this alone.
 */
export const countedVotesOfBurst = (burst: { case: Id; network: string; minute: string }): Where => ({
  and: [
    { case: { equals: burst.case } },
    { day: { equals: dayOfMinute(burst.minute) } },
    { network: { equals: burst.network } },
    { minute: { equals: burst.minute } },
    { voided: { not_equals: true } },
  ],
})

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
    where: countedVotesOfBurst({ case: caseId as Id, network: originalDoc.network, minute: originalDoc.minute }),
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
