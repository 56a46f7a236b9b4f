import { createHash } from 'node:crypto'

import { DEFAULT_CASE_TYPES } from '@/collections/Campaigns/activityTypes'
import type { BulkDocument } from '@/import/bulk/bulkImport'
import type { Id } from '@/import/bulk/writeDocuments'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import type { CaseStatus } from '@/workflow/caseStatus'
import { CRITERIA } from '@/workflow/scoring'
import { voteDay } from '@/workflow/voteRules'

import { paragraphs, personName, productName, summary } from './chineseText'
import type { Random } from './random'
import type { Setup } from './setup'

const DAY = 86_400_000

/** How a call's cases end up, per hundred: every status, most of them where a large call leaves them. */
const STATUS_SHARES: [CaseStatus, number][] = [
  ['draft', 5],
  ['submitted', 20],
  ['returned', 6],
  ['withdrawn', 4],
  ['rejected', 20],
  ['shortlisted', 15],
  ['proposed', 3],
  ['excellent', 10],
  ['not-selected', 17],
]

/** The moves that led to each status, from draft (the workflow's own edges, src/workflow/caseTransitions.ts). */
const PATHS: Record<CaseStatus, CaseStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  returned: ['submitted', 'returned'],
  withdrawn: ['submitted', 'withdrawn'],
  rejected: ['submitted', 'rejected'],
  shortlisted: ['submitted', 'shortlisted'],
  proposed: ['submitted', 'shortlisted', 'proposed'],
  excellent: ['submitted', 'shortlisted', 'proposed', 'excellent'],
  'not-selected': ['submitted', 'shortlisted', 'not-selected'],
}

const COMMENTS: Partial<Record<CaseStatus, string>> = {
  returned: '请补充项目实施前后的收入对比数据和照片说明。',
  rejected: '案例与本次征集主题关联不够紧密。',
  'not-selected': '综合评分未进入拟入选范围。',
}

const REVIEWED: CaseStatus[] = ['shortlisted', 'proposed', 'excellent', 'not-selected']

const statusFor = (random: Random): CaseStatus => {
  let roll = random.next() * 100
  for (const [status, share] of STATUS_SHARES) {
    roll -= share
    if (roll < 0) return status
  }
  return 'submitted'
}

/** What a case needs after it exists: its history, its reviewers. Kept beside the cases, in the same order. */
export type CasePlan = { status: CaseStatus; reviewers: Id[]; organization: Id; createdAt: number }

export type CaseOptions = { count: number; campaign: Id; now: Date; plans: CasePlan[] }

/**
 * A campaign's whole call: `count` cases submitted over the last thirty days by many units, in every status, with
 * photos, key figures, reviewers assigned from the shortlist on, and the site's choice published.
 */
export function* cases(
  random: Random,
  setup: Setup,
  options: CaseOptions,
): Generator<BulkDocument<'case-submissions'>> {
  for (let index = 0; index < options.count; index++) {
    const status = statusFor(random)
    const region = random.pick(setup.regions)
    const organization = random.pick(setup.organizations)
    const reviewers = REVIEWED.includes(status) ? random.some(setup.reviewers, random.int(2, 3)) : []
    const createdAt = options.now.getTime() - random.int(8, 30) * DAY + random.int(0, DAY)
    options.plans.push({ status, reviewers, organization, createdAt })
    const product = productName(random)
    yield {
      title: `${region.name}${product}${random.pick(['产业', '合作社', '电商', '品牌'])}带动增收案例（${index + 1}）`,
      campaign: options.campaign as number,
      type: random.pick(DEFAULT_CASE_TYPES),
      region: region.id as number,
      organization: organization as number,
      summary: summary(random, region.name, options.now.getFullYear()).slice(0, 200),
      body: lexicalParagraphs(paragraphs(random, region.name, options.now.getFullYear(), 600, 1_500)) as never,
      keyFigures: [
        { label: '带动农户', value: random.int(20, 3000), unit: '户' },
        { label: '年销售额', value: random.int(50, 9000), unit: '万元' },
      ],
      photos: status === 'draft' ? [] : (random.some(setup.images, random.int(1, 3)) as number[]),
      contactPerson: personName(random),
      phone: `0591-${random.int(1000_0000, 9999_9999)}`,
      email: `contact${index + 1}@example.org`,
      status,
      assignedReviewers: reviewers as number[],
      publicityEndsAt:
        status === 'proposed'
          ? new Date(options.now.getTime() + 5 * DAY).toISOString()
          : status === 'excellent'
            ? new Date(options.now.getTime() - DAY).toISOString()
            : undefined,
      publishedOnSite: status === 'excellent',
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(createdAt + ((PATHS[status].length + 1) * DAY) / 2).toISOString(),
    }
  }
}

export const auditEventCount = (plans: CasePlan[]) => plans.reduce((sum, plan) => sum + PATHS[plan.status].length, 0)

/** Each case's moves as audit events, half a day apart, by a reviewer or the editor as the workflow says. */
export function* auditEvents(
  random: Random,
  setup: Setup,
  caseIds: Id[],
  plans: CasePlan[],
): Generator<BulkDocument<'audit-events'>> {
  for (const [index, plan] of plans.entries()) {
    for (const [step, to] of PATHS[plan.status].entries()) {
      const previous: CaseStatus = step === 0 ? 'draft' : PATHS[plan.status][step - 1]
      // The unit submits (no account of it is on file here), a reviewer screens, the editor decides
      const actor =
        to === 'submitted' || to === 'withdrawn'
          ? null
          : previous === 'submitted'
            ? (plan.reviewers[0] ?? random.pick(setup.reviewers))
            : random.pick(setup.editors)
      yield {
        case: caseIds[index] as number,
        organization: plan.organization as number,
        from: previous,
        to,
        actor: actor as number | null,
        at: new Date(plan.createdAt + ((step + 1) * DAY) / 2).toISOString(),
        comment: COMMENTS[to],
      }
    }
  }
}

/** One review per assigned reviewer of every case that reached the shortlist. */
export function* reviews(random: Random, caseIds: Id[], plans: CasePlan[]): Generator<BulkDocument<'case-reviews'>> {
  for (const [index, plan] of plans.entries()) {
    for (const reviewer of plan.reviewers) {
      const scores = Object.fromEntries(CRITERIA.map((criterion) => [criterion.name, random.int(5, 10)]))
      yield {
        case: caseIds[index] as number,
        reviewer: reviewer as number,
        scores: scores as BulkDocument<'case-reviews'>['scores'],
        comment: random.chance(0.5) ? '材料翔实，成效明显，具有推广价值。' : undefined,
      }
    }
  }
}

/**
 * `count` public votes over the last week for the cases that reached the shortlist, each from its own voter (as the
 * vote endpoint stores them: a hash, never an address): a few popular cases, a long tail. One case's votes come
 * together, so each import batch raises few counters.
 */
export function* votes(
  random: Random,
  caseIds: Id[],
  plans: CasePlan[],
  count: number,
  now: Date,
): Generator<BulkDocument<'case-votes'>> {
  const candidates = caseIds.filter((_, index) => REVIEWED.includes(plans[index].status))
  if (candidates.length === 0) return
  const weights = candidates.map(() => random.next() ** 3)
  const sum = weights.reduce((all, weight) => all + weight, 0)
  let voter = 0
  for (const [index, target] of candidates.entries()) {
    const last = index === candidates.length - 1
    const share = last ? count - voter : Math.min(count - voter, Math.round((weights[index] / sum) * count))
    for (let vote = 0; vote < share; vote++, voter++) {
      yield {
        case: target as number,
        voter: createHash('sha256').update(`bench-voter-${voter}`).digest('hex'),
        day: voteDay(new Date(now.getTime() - random.int(0, 6) * DAY)),
      }
    }
  }
}
