import type { CollectionBeforeDeleteHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'

/** The records that refer to a case and decide, or explain, what happened to it in the call. */
const RECORDS = ['case-votes', 'case-reviews', 'case-objections', 'audit-events'] as const

/**
 * A case that has taken part in the call keeps its votes, scores, objections and audit trail: deleting it would
 * silently rewrite the record a ranking rests on, so it is refused with 409 and the editor withdraws or turns it down
 * instead. A case with no record (a draft, a mistaken entry) is deleted as before.
 */
export const keepCaseRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of RECORDS) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { case: { equals: id } },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) throw new UserFacingError('caseHasRecord', 409, req)
  }
}
