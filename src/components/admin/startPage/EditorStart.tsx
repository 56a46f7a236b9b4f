import type { Payload, TypedUser } from 'payload'

import { editorOverview } from '@/admin/dashboard/editorOverview'
import { calendarMonth } from '@/admin/dashboard/calendarMonth'
import { pendingCommentCount } from '@/data/commentCounts'
import { formatDateTime } from '@/lib/formatDate'
import { formatCount, formatFen } from '@/metrics/formatChinese'

import { EditorialCalendar } from './EditorialCalendar'
import { Figure } from './Figure'

const admin = '/admin/collections'
const casesWhere = (campaign: number | string | undefined, status: string) =>
  `${admin}/case-submissions?where[status][equals]=${status}${campaign != null ? `&where[campaign][equals]=${campaign}` : ''}`

/** The editor's start page: the current campaign's cases by step, today's figures, what is scheduled, the calendar. */
export async function EditorStart({ payload, user }: { payload: Payload; user: TypedUser }) {
  const [overview, pendingComments, calendar] = await Promise.all([
    editorOverview(payload),
    pendingCommentCount(payload, user),
    calendarMonth(payload),
  ])
  const campaignId = overview.campaign?.id
  return (
    <section className="start-page" aria-label="编辑工作台">
      <div className="start-page__panel">
        <h2 className="start-page__title">
          当前活动：{overview.campaign ? overview.campaign.name : '暂无活动'}
          <span className="start-page__aside">报送案例 {overview.casesTotal} 件</span>
        </h2>
        <div className="start-page__figures">
          {overview.cases.map((step) => (
            <Figure
              key={step.status}
              id={`cases-${step.status}`}
              label={step.label}
              value={step.count}
              href={casesWhere(campaignId, step.status)}
            />
          ))}
          <Figure
            id="objections-pending"
            label="待处理异议"
            value={overview.pendingObjections}
            href={`${admin}/case-objections?where[status][equals]=pending`}
          />
          <Figure
            id="comments-pending"
            label="待审评论"
            value={pendingComments}
            href={`${admin}/comments?where[status][equals]=pending`}
          />
          <Figure id="votes-today" label="今日投票" value={overview.votesToday} href={`${admin}/case-votes`} />
        </div>
      </div>

      <div className="start-page__row">
        <div className="start-page__panel">
          <h2 className="start-page__title">直播带货</h2>
          <div className="start-page__figures">
            <Figure
              id="livestream-events"
              label="场次"
              value={overview.livestream.events}
              href={`${admin}/livestream-events`}
            />
            <Figure id="livestream-sales" label="销售总额" value={formatFen(overview.livestream.totalSalesFen)} />
            <Figure
              id="livestream-visits"
              label="访问量"
              value={overview.livestream.visits == null ? null : formatCount(overview.livestream.visits)}
            />
          </div>
        </div>
        <div className="start-page__panel">
          <h2 className="start-page__title">今日阅读排行</h2>
          {overview.mostRead.length ? (
            <ol className="start-page__list" id="most-read-today">
              {overview.mostRead.map((item) => (
                <li key={`${item.collection}-${item.docId}`}>
                  <a href={`${admin}/${item.collection}/${item.docId}`}>{item.title}</a>
                  <span className="start-page__aside">{item.count} 次</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="start-page__empty">今天还没有阅读记录。</p>
          )}
        </div>
        <div className="start-page__panel">
          <h2 className="start-page__title">预约发布</h2>
          {overview.scheduled.length ? (
            <ul className="start-page__list" id="scheduled-publications">
              {overview.scheduled.map((job) => (
                <li key={`${job.collection}-${job.id}-${job.at}`}>
                  <a href={`${admin}/${job.collection}/${job.id}`}>{job.title}</a>
                  <span className="start-page__aside">
                    {formatDateTime(job.at)} {job.action === 'publish' ? '发布' : '撤稿'}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="start-page__empty">没有待执行的预约。</p>
          )}
        </div>
      </div>

      <EditorialCalendar calendar={calendar} />
    </section>
  )
}
