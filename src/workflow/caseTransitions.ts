/**
 * Who may move a case study from one status to another, and what the move needs. Pure: the REST endpoint, the
 * admin buttons and tests all ask the same table.
 */
import { hasRole } from '@/access/roles'
import type { MessageKey } from '@/i18n/messages'

import { REQUIRED_CASE_FIELDS, SUMMARY_MAX } from './caseRequirements'
import { CASE_STATUSES, CASE_STATUS_LABELS, isCaseStatus, type CaseStatus } from './caseStatus'
import { windowPosition } from './timeWindow'

export type Actor = { id: string | number; roles?: readonly string[] | null; organization?: string | number | null }

export type CaseFacts = {
  status: CaseStatus
  /** The submitting unit of the case. */
  organization: string | number | null
  /** False while a self-registered unit awaits an editor's approval. */
  unitApproved: boolean
  assignedReviewers: readonly (string | number)[]
  /** From missingCaseFields(caseDoc). */
  missingRequiredFields: readonly string[]
  photoCount: number
  /** ISO; null leaves that side unbounded. */
  submissionWindow: { opens: string | null; closes: string | null }
  /** ISO; when the publicity period (公示) ends. */
  publicityEndsAt: string | null
  upheldObjections: number
}

/** `comment` carries the change request when returning a case, and the reason when refusing one. */
export type TransitionRequest = { to: string; comment?: string | null; now: Date }

export type TransitionVerdict =
  | { ok: true; from: CaseStatus; to: CaseStatus }
  | { ok: false; status: 400 | 403 | 409; code: MessageKey; message: string; missing?: string[] }

export type ActorKind = 'submitter' | 'reviewer' | 'editor'

/** Conditions the actor cannot fix on the form: each refused with its own code, before anything is asked for. */
type Blocker = 'unitApproved' | 'submissionWindow' | 'noUpheldObjection' | 'publicityOver'
/** What the actor can supply: everything absent is named in one refusal. */
type Input = 'requiredFields' | 'photo' | 'comment' | 'reason' | 'reasonUnlessObjectionUpheld'
export type Requirement = Blocker | Input

export type CaseTransition = {
  from: readonly CaseStatus[]
  to: CaseStatus
  actor: ActorKind
  needs: readonly Requirement[]
  /** The start of the sentence asking for what is missing: 退回修改时请写明 + 需要修改的内容. */
  ask?: string
}

/** The whole workflow. At most one edge per (from, to): decideTransition takes the first it finds. */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  {
    from: ['draft'],
    to: 'submitted',
    actor: 'submitter',
    needs: ['unitApproved', 'submissionWindow', 'requiredFields', 'photo'],
    ask: '提交前请补全：',
  },
  { from: ['returned'], to: 'submitted', actor: 'submitter', needs: ['submissionWindow'] },
  { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', actor: 'submitter', needs: [] },
  { from: ['submitted'], to: 'returned', actor: 'reviewer', needs: ['comment'], ask: '退回修改时请写明' },
  { from: ['submitted'], to: 'rejected', actor: 'reviewer', needs: ['reason'], ask: '初审不通过时请写明' },
  { from: ['submitted'], to: 'shortlisted', actor: 'reviewer', needs: [] },
  { from: ['shortlisted'], to: 'proposed', actor: 'editor', needs: [] },
  { from: ['shortlisted'], to: 'not-selected', actor: 'editor', needs: [] },
  // Objections first: once one is upheld, waiting for the publicity period to end will not help.
  { from: ['proposed'], to: 'excellent', actor: 'editor', needs: ['noUpheldObjection', 'publicityOver'] },
  {
    from: ['proposed'],
    to: 'not-selected',
    actor: 'editor',
    needs: ['reasonUnlessObjectionUpheld'],
    ask: '没有成立的异议时，改为未入选请写明',
  },
]

type Refusal = Extract<TransitionVerdict, { ok: false }>

const refuse = (status: Refusal['status'], code: MessageKey, message: string): Refusal => ({
  ok: false,
  status,
  code,
  message,
})

/** Ids are compared as text: SQLite gives numbers, MongoDB strings, and URLs always strings. */
const sameId = (a: string | number | null | undefined, b: string | number | null | undefined): boolean =>
  a != null && b != null && String(a) === String(b)

// An admin acts as an editor only: being a unit's submitter or a case's reviewer takes that role as well.
const ACTOR_CHECKS: Record<ActorKind, (actor: Actor, facts: CaseFacts) => boolean> = {
  submitter: (actor, facts) => hasRole(actor, 'submitter') && sameId(actor.organization, facts.organization),
  reviewer: (actor, facts) => hasRole(actor, 'reviewer') && facts.assignedReviewers.some((id) => sameId(id, actor.id)),
  editor: (actor) => hasRole(actor, 'editor', 'admin'),
}

const FORBIDDEN: Record<ActorKind, string> = {
  submitter: '只有本案例申报单位的账号可以执行此操作',
  reviewer: '只有分配到此案例的审核员可以执行此操作，如需审核请联系编辑分配',
  editor: '只有编辑或管理员可以执行此操作',
}

const hasText = (text: string | null | undefined): boolean => Boolean(text?.trim())

const BLOCKERS: Record<Blocker, (facts: CaseFacts, now: Date) => Refusal | null> = {
  unitApproved: (facts) =>
    facts.unitApproved ? null : refuse(400, 'unitNotApproved', '单位注册尚待审核，审核通过后即可提交案例'),
  submissionWindow: (facts, now) => {
    const position = windowPosition(facts.submissionWindow, now)
    if (position === 'open') return null
    const message =
      position === 'before' ? '报送尚未开始，请在报送开始后提交' : '报送已截止，不能再提交；如有特殊情况请联系活动编辑'
    return refuse(409, 'submissionWindowClosed', message)
  },
  noUpheldObjection: (facts) =>
    facts.upheldObjections > 0
      ? refuse(409, 'objectionUpheld', '该案例有成立的异议，不能评为优秀案例，请改为未入选')
      : null,
  // No end date means the period was never set, so it cannot be over.
  publicityOver: (facts, now) =>
    facts.publicityEndsAt != null && now.getTime() >= Date.parse(facts.publicityEndsAt)
      ? null
      : refuse(409, 'publicityNotOver', '公示期尚未结束，请在公示期结束后再评为优秀案例'),
}

const INPUTS: Record<Input, (facts: CaseFacts, request: TransitionRequest) => readonly string[]> = {
  requiredFields: (facts) => facts.missingRequiredFields,
  photo: (facts) => (facts.photoCount > 0 ? [] : ['photos']),
  comment: (_facts, request) => (hasText(request.comment) ? [] : ['comment']),
  reason: (_facts, request) => (hasText(request.comment) ? [] : ['reason']),
  reasonUnlessObjectionUpheld: (facts, request) =>
    facts.upheldObjections > 0 || hasText(request.comment) ? [] : ['reason'],
}

const isBlocker = (need: Requirement): need is Blocker => need in BLOCKERS

const MISSING_NAMES: Record<string, string> = {
  ...Object.fromEntries(REQUIRED_CASE_FIELDS.map((field) => [field.name, field.zh])),
  summary: `案例摘要（${SUMMARY_MAX} 字以内）`,
  photos: '照片（至少一张）',
  comment: '需要修改的内容',
  reason: '理由',
}

const findEdge = (from: CaseStatus, to: CaseStatus): CaseTransition | undefined =>
  CASE_TRANSITIONS.find((edge) => edge.to === to && edge.from.includes(from))

const mayAct = (actor: Actor | null, edge: CaseTransition, facts: CaseFacts): boolean =>
  actor != null && ACTOR_CHECKS[edge.actor](actor, facts)

/**
 * Checks in the order the HTTP layer reports them: unknown status (400), no such move from here (409), not this
 * actor's move (403), then what the move needs (409 for timing and objections, 400 naming what is missing).
 */
export const decideTransition = (
  actor: Actor | null,
  facts: CaseFacts,
  request: TransitionRequest,
): TransitionVerdict => {
  const { to } = request
  if (!isCaseStatus(to)) return refuse(400, 'unknownStatus', '没有这个案例状态，请刷新页面后从可用的操作中选择')
  const edge = findEdge(facts.status, to)
  if (!edge) {
    const [from, target] = [CASE_STATUS_LABELS[facts.status].zh, CASE_STATUS_LABELS[to].zh]
    return refuse(409, 'illegalTransition', `案例当前为“${from}”，不能改为“${target}”，请刷新页面查看可执行的操作`)
  }
  if (!mayAct(actor, edge, facts)) return refuse(403, 'forbidden', actor ? FORBIDDEN[edge.actor] : '请先登录后再操作')
  for (const need of edge.needs) {
    const blocked = isBlocker(need) ? BLOCKERS[need](facts, request.now) : null
    if (blocked) return blocked
  }
  const missing = edge.needs.flatMap((need) => (isBlocker(need) ? [] : INPUTS[need](facts, request)))
  if (missing.length > 0) {
    const names = missing.map((name) => MISSING_NAMES[name] ?? name).join('、')
    return { ...refuse(400, 'missingRequirements', `${edge.ask ?? '请补全：'}${names}`), missing }
  }
  return { ok: true, from: facts.status, to }
}

/**
 * The moves to offer this actor as buttons, in status order: their role allows them from the current status.
 * Requirements are left to decideTransition, so a button can explain its refusal; `now` is accepted for callers
 * that pass the same arguments to both functions.
 */
export const allowedTransitions = (actor: Actor | null, facts: CaseFacts, _now: Date): CaseStatus[] =>
  CASE_STATUSES.filter((to) => {
    const edge = findEdge(facts.status, to)
    return edge != null && mayAct(actor, edge, facts)
  })
