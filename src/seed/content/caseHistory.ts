import type { Payload } from 'payload'

import type { AuditEvent, CaseSubmission, Organization, User } from '@/payload-types'

import type { StepActor } from './caseSeed'
import type { TimedStep } from './caseTimeline'
import { context } from './helpers'

type Existing = Pick<AuditEvent, 'from' | 'to'>

/**
 * Writes the audit events of the steps the trail lacks, as the transition endpoint would have: who, when, the
 * comment, no address. A step is matched by its move (from → to) and how many times it occurs, so a rerun adds
 * nothing and a move someone made since in the demo is kept.
 */
export const writeMissingAuditEvents = async (
  payload: Payload,
  target: { id: CaseSubmission['id']; organization: Organization['id'] },
  steps: TimedStep[],
  existing: Existing[],
  actorOf: (by: StepActor) => User['id'],
): Promise<number> => {
  const have = new Map<string, number>()
  for (const event of existing) have.set(`${event.from}>${event.to}`, (have.get(`${event.from}>${event.to}`) ?? 0) + 1)
  let created = 0
  for (const step of steps) {
    const key = `${step.from}>${step.to}`
    const left = have.get(key) ?? 0
    if (left > 0) {
      have.set(key, left - 1)
      continue
    }
    const at = step.at.toISOString()
    await payload.create({
      collection: 'audit-events',
      data: {
        case: target.id,
        organization: target.organization,
        from: step.from,
        to: step.to,
        actor: actorOf(step.by),
        at,
        comment: step.comment,
        ip: null,
        createdAt: at,
        updatedAt: at,
      },
      overrideAccess: true,
      context,
      depth: 0,
    })
    created++
  }
  return created
}
