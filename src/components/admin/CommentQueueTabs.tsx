import { redirect } from 'next/navigation'
import type { BeforeListServerProps } from 'payload'

import type { User } from '@/payload-types'
import { COMMENT_STATUSES, COMMENT_STATUS_LABELS, type CommentStatus } from '@/workflow/commentRules'

const byStatus = (status: CommentStatus) => `?where[status][equals]=${status}`

/**
 * Above the comments list: the moderation queue's tabs with their counts. Opening the list from the navigation (no
 * query at all) lands on the comments waiting for moderation; 全部 and the list's own filters still show the rest.
 */
export async function CommentQueueTabs({ payload, searchParams, user }: BeforeListServerProps) {
  const list = `${payload.config.routes.admin}/collections/comments`
  if (!searchParams || Object.keys(searchParams).length === 0) redirect(`${list}${byStatus('pending')}`)
  const counts = await Promise.all(
    COMMENT_STATUSES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'comments',
        where: { status: { equals: status } },
        user: user as User,
        overrideAccess: false,
      })
      return [status, totalDocs] as const
    }),
  )
  // Next hands the query over unparsed (`where[status][equals]`); a link from elsewhere may carry it parsed
  const parsed = searchParams.where as unknown as { status?: { equals?: string } } | undefined
  const current = (searchParams['where[status][equals]'] as string | undefined) ?? parsed?.status?.equals
  const filtered = Object.keys(searchParams).some((key) => key.startsWith('where'))
  return (
    <nav
      className="comment-queue-tabs gutter--left gutter--right"
      aria-label="审核状态"
      style={{ display: 'flex', gap: '1.5rem', margin: '1rem 0' }}
    >
      {counts.map(([status, count]) => (
        <a
          key={status}
          href={`${list}${byStatus(status)}`}
          aria-current={current === status ? 'page' : undefined}
          style={{ fontWeight: current === status ? 700 : 400 }}
        >
          {COMMENT_STATUS_LABELS[status].zh}（{count}）
        </a>
      ))}
      <a
        href={`${list}?page=1`}
        aria-current={filtered ? undefined : 'page'}
        style={{ fontWeight: filtered ? 400 : 700 }}
      >
        全部
      </a>
    </nav>
  )
}
