import type { CaseStatus } from '@/workflow/caseStatus'
import type { Criterion } from '@/workflow/scoring'

import type { ImageKey } from './images'

/** Who took a step: the case's own unit, one of the two demo reviewers, or the editor. */
export type StepActor = 'submitter' | 'reviewer' | 'reviewer2' | 'editor'

/** One move of the workflow, `daysAgo` days before the hour of seeding. */
export type StepSeed = { to: CaseStatus; by: StepActor; daysAgo: number; comment?: string }

export type ReviewSeed = { scores: Record<Criterion, number>; comment: string }

export type ObjectionSeed = {
  name: string
  contact: string
  reason: string
  /** Days after the case was proposed. */
  filedAfterDays: number
  /** Upheld by the editor just before the case's next step, or still waiting. */
  decision?: { status: 'upheld' | 'dismissed'; reason: string }
}

export type CaseSeed = {
  title: string
  type: '政策指导' | '扶贫经验' | '人物事迹' | '创新模式'
  /** Division code of where the case happened. */
  region: string
  /** Key of the submitting unit in organizations.ts; its contact details are the case's. */
  unit: string
  /** The organisation that recommended the case, when the unit did not nominate itself. */
  recommendedBy?: string
  image: ImageKey
  summary: string
  body: string[]
  keyFigures: { label: string; value: number; unit: string }[]
  /** From draft to the current status, oldest first; none for a draft. */
  history: StepSeed[]
  /** Both reviewers' scores, for cases that reached the shortlist. */
  reviews?: { reviewer: ReviewSeed; reviewer2: ReviewSeed }
  /** Public votes received while shortlisted. */
  votes?: number
  objections?: ObjectionSeed[]
  publishedOnSite?: boolean
}

/** The four criteria in rubric order: typicality, innovation, effectiveness, replicability. */
export const scores = (typicality: number, innovation: number, effectiveness: number, replicability: number) => ({
  typicality,
  innovation,
  effectiveness,
  replicability,
})

export const statusOf = (seed: CaseSeed): CaseStatus => seed.history.at(-1)?.to ?? 'draft'
