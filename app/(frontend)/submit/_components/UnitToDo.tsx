import type { CaseRow } from '@/portal/portalData'
import { unitToDo } from '@/portal/unitToDo'

/** The top of the unit's case list: what needs its action first, then where the others stand. */
export function UnitToDo({ cases }: { cases: CaseRow[] }) {
  const { returned, drafts, inReview, inPublicity } = unitToDo(cases)
  const needsAction = [...returned, ...drafts]
  return (
    <section className="unit-todo" aria-labelledby="todo-heading">
      <h2 id="todo-heading">待办事项</h2>
      {needsAction.length ? (
        <ul className="case-list">
          {returned.map((item) => (
            <li key={item.id}>
              <a href={`/submit/cases/${item.id}`}>{item.title}</a>
              <p className="muted">已退回，请按审核意见修改后重新提交。</p>
            </li>
          ))}
          {drafts.map((item) => (
            <li key={item.id}>
              <a href={`/submit/cases/${item.id}`}>{item.title}</a>
              <p className="muted">草稿尚未提交。</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">目前没有需要本单位处理的事项。</p>
      )}
      <p className="muted">
        审核中 {inReview} 件 · 公示中 {inPublicity} 件 · 共 {cases.length} 件
      </p>
    </section>
  )
}
