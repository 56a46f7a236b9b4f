/** The life of a submitted case study, in the order it usually moves. Pure, so rules, UI and tests share it. */
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'withdrawn',
  'rejected',
  'shortlisted',
  'proposed',
  'excellent',
  'not-selected',
] as const

export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CASE_STATUS_LABELS: Record<CaseStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  returned: { zh: '退回修改', en: 'Returned for changes' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  rejected: { zh: '初审未通过', en: 'Rejected at screening' },
  shortlisted: { zh: '入围', en: 'Shortlisted' },
  proposed: { zh: '拟入选', en: 'Proposed (in publicity)' },
  excellent: { zh: '优秀案例', en: 'Excellent case' },
  'not-selected': { zh: '未入选', en: 'Not selected' },
}

export const isCaseStatus = (value: unknown): value is CaseStatus =>
  typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
