import type { Payload } from 'payload'

import type { CaseObjection, CaseSubmission, User } from '@/payload-types'

import type { ObjectionSeed } from './caseSeed'
import { daysAfter, hoursBefore } from './caseTimeline'
import { context } from './helpers'

/**
 * Objections filed during a case's publicity, found by the objector's name and reason. A decided one was decided
 * by the editor two hours before the case's next step, which its audit comment cites.
 */
export const writeMissingObjections = async (
  payload: Payload,
  caseId: CaseSubmission['id'],
  seeds: ObjectionSeed[],
  times: { proposedAt: Date | null; decidedAt: Date | null },
  editor: User['id'],
  existing: Pick<CaseObjection, 'name' | 'reason'>[],
): Promise<number> => {
  if (!times.proposedAt) return 0
  let created = 0
  for (const seed of seeds) {
    if (existing.some((doc) => doc.name === seed.name && doc.reason === seed.reason)) continue
    const filedAt = daysAfter(times.proposedAt, seed.filedAfterDays).toISOString()
    const decidedAt = seed.decision && times.decidedAt ? hoursBefore(times.decidedAt, 2).toISOString() : null
    await payload.create({
      collection: 'case-objections',
      data: {
        case: caseId,
        name: seed.name,
        contact: seed.contact,
        reason: seed.reason,
        status: decidedAt && seed.decision ? seed.decision.status : 'pending',
        ...(decidedAt && seed.decision ? { decisionReason: seed.decision.reason, decidedBy: editor, decidedAt } : {}),
        createdAt: filedAt,
        updatedAt: decidedAt ?? filedAt,
      },
      overrideAccess: true,
      context,
      depth: 0,
    })
    created++
  }
  return created
}
