import { formatDateTime } from '@/lib/formatDate'
import { ownUnit, unitCases } from '@/portal/portalData'
import { requireUnitAccount } from '@/portal/session'

import { PendingNotice } from '../_components/PendingNotice'
import { StatusBadge } from '../_components/StatusBadge'
import { UnitToDo } from '../_components/UnitToDo'

export const metadata = { title: '我的案例' }

type Props = { searchParams: Promise<{ registered?: string }> }

export default async function MyCasesPage({ searchParams }: Props) {
  const user = await requireUnitAccount()
  const [unit, cases, { registered }] = await Promise.all([ownUnit(user), unitCases(user), searchParams])
  return (
    <>
      <h1>我的案例</h1>
      {unit ? <p className="muted">{unit.name}</p> : null}
      {registered ? (
        <p className="notice" role="status">
          注册成功，已为您登录。
        </p>
      ) : null}
      {unit?.approval === 'pending' ? <PendingNotice /> : null}
      <p>
        <a className="button primary" href="/submit/cases/new">
          新建案例
        </a>
      </p>
      {cases.length ? <UnitToDo cases={cases} /> : null}
      {cases.length === 0 ? (
        <p className="muted">还没有案例。点击“新建案例”开始填写。</p>
      ) : (
        <ul className="case-list">
          {cases.map((item) => (
            <li key={item.id}>
              <a href={`/submit/cases/${item.id}`}>{item.title}</a>
              <StatusBadge status={item.status} />
              <p className="muted">
                {typeof item.campaign === 'object' ? `${item.campaign.name} · ` : ''}
                {item.type} · 更新于 {formatDateTime(item.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
