import { CASE_STATUS_LABELS, type CaseStatus } from '@/workflow/caseStatus'

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`status-badge status-${status}`}>{CASE_STATUS_LABELS[status].zh}</span>
}
