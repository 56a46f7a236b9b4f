import type { Payload, TypedUser } from 'payload'

import { reviewerQueue } from '@/admin/dashboard/reviewerQueue'
import { CRITERIA, SCORE_MAX, SCORE_MIN } from '@/workflow/scoring'

import { Figure } from './Figure'

const admin = '/admin/collections'

/** The reviewer's start page: how many cases are assigned, scored and left, each left one a click from its form. */
export async function ReviewerStart({ payload, user }: { payload: Payload; user: TypedUser }) {
  const queue = await reviewerQueue(payload, user.id)
  return (
    <section className="start-page" aria-label="评审工作台">
      <div className="start-page__panel">
        <h2 className="start-page__title">我的评审</h2>
        <div className="start-page__figures">
          <Figure
            id="assigned-to-me"
            label="分配给我"
            value={queue.assigned}
            href={`${admin}/case-submissions?where[assignedReviewers][in]=${user.id}`}
          />
          <Figure id="to-score" label="待评分" value={queue.toScoreTotal} />
          <Figure id="scored" label="已评分" value={queue.scored} href={`${admin}/case-reviews`} />
        </div>
      </div>
      <div className="start-page__panel">
        <h2 className="start-page__title">待评分案例</h2>
        {queue.toScore.length ? (
          <ul className="start-page__list" id="cases-to-score">
            {queue.toScore.map((item) => (
              <li key={item.id}>
                <a href={`${admin}/case-submissions/${item.id}`}>{item.title}</a>
                <span className="start-page__aside">{item.type}</span>
                <a className="start-page__action" href={`${admin}/case-reviews/create?case=${item.id}`}>
                  去评分
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="start-page__empty">没有待评分的案例。</p>
        )}
        <p className="start-page__note">
          评分标准：{CRITERIA.map((criterion) => criterion.zh).join('、')}，每项 {SCORE_MIN}–{SCORE_MAX} 分。
        </p>
      </div>
    </section>
  )
}
