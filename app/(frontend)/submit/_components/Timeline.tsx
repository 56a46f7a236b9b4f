import { formatDateTime } from '@/lib/formatDate'
import type { TimelineEntry } from '@/portal/portalData'
import { CASE_STATUS_LABELS } from '@/workflow/caseStatus'

const COMMENT_LABEL: Partial<Record<string, string>> = {
  returned: '修改意见',
  rejected: '理由',
  'not-selected': '理由',
  withdrawn: '撤回原因',
}

/** What happened to the case and when; who acted is not the unit's to know. */
export function Timeline({ createdAt, entries }: { createdAt: string; entries: TimelineEntry[] }) {
  return (
    <ol className="timeline">
      <li>
        <time dateTime={createdAt}>{formatDateTime(createdAt)}</time>
        <span>创建草稿</span>
      </li>
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          <span>
            {CASE_STATUS_LABELS[entry.from].zh} → <strong>{CASE_STATUS_LABELS[entry.to].zh}</strong>
          </span>
          {entry.comment ? (
            <p className="timeline-comment">
              {COMMENT_LABEL[entry.to] ?? '说明'}：{entry.comment}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
