import type { CaseStatus } from '@/workflow/caseStatus'

import type { CaseSeed, StepActor } from './caseSeed'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

export type TimedStep = { from: CaseStatus; to: CaseStatus; by: StepActor; at: Date; comment: string | null }

export type CaseTimeline = {
  steps: TimedStep[]
  /** When the unit started the draft. */
  createdAt: Date
  /** The time the case was on the shortlist, when experts scored it and readers voted; null if it never was. */
  shortlist: { from: Date; until: Date } | null
  proposedAt: Date | null
  /** The step after publicity (excellent or not selected), if taken. */
  decidedAt: Date | null
  publicityEndsAt: Date | null
}

/**
 * Dates a case's history back from the hour of seeding. Steps fall at different times of day (`spread` varies
 * them per case) but stay whole days apart, so the order and the publicity period hold.
 */
export const caseTimeline = (seed: CaseSeed, hour: Date, publicityDays: number, spread: number): CaseTimeline => {
  let from: CaseStatus = 'draft'
  const steps = seed.history.map((step, index) => {
    const minutes = ((spread * 97 + index * 41) % 240) + 5
    const at = new Date(hour.getTime() - step.daysAgo * DAY - minutes * 60 * 1000)
    const timed = { from, to: step.to, by: step.by, at, comment: step.comment ?? null }
    from = step.to
    return timed
  })
  const after = (status: CaseStatus) => {
    const index = steps.findIndex((step) => step.to === status)
    return index < 0 ? null : { at: steps[index].at, next: steps[index + 1]?.at ?? null }
  }
  const shortlisted = after('shortlisted')
  const proposed = after('proposed')
  const first = steps[0]?.at ?? new Date(hour.getTime() - 2 * DAY)
  return {
    steps,
    createdAt: new Date(first.getTime() - 2 * DAY),
    shortlist: shortlisted ? { from: shortlisted.at, until: shortlisted.next ?? hour } : null,
    proposedAt: proposed?.at ?? null,
    decidedAt: proposed?.next ?? null,
    publicityEndsAt: proposed ? new Date(proposed.at.getTime() + publicityDays * DAY) : null,
  }
}

/** `count` moments spread evenly over a period, for reviews and votes. */
export const spreadOver = (period: { from: Date; until: Date }, count: number): Date[] => {
  const span = period.until.getTime() - period.from.getTime()
  return Array.from({ length: count }, (_, i) => new Date(period.from.getTime() + ((i + 0.5) * span) / count))
}

export const daysAfter = (moment: Date, days: number) => new Date(moment.getTime() + days * DAY)

export const hoursBefore = (moment: Date, hours: number) => new Date(moment.getTime() - hours * HOUR)
