import type { CaseStatus } from '@/workflow/caseStatus'

type Row = { id: number | string; title: string; status: CaseStatus }

/** What a unit must do next, from its own cases: answer a return, finish a draft. Pure, so tests call it directly. */
export const unitToDo = <T extends Row>(cases: readonly T[]) => ({
  returned: cases.filter((item) => item.status === 'returned'),
  drafts: cases.filter((item) => item.status === 'draft'),
  inReview: cases.filter((item) => item.status === 'submitted' || item.status === 'shortlisted').length,
  inPublicity: cases.filter((item) => item.status === 'proposed').length,
})
