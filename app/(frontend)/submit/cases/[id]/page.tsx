import { notFound } from 'next/navigation'

import { valuesFromCase } from '@/portal/caseFormData'
import { mediaMap } from '@/portal/mediaSummary'
import { callsForForm, caseTimeline, ownUnit, regionOptions, unitCase } from '@/portal/portalData'
import { requireUnitAccount } from '@/portal/session'
import { relationId } from '@/lib/relationId'

import { CaseDetails } from '../../_components/CaseDetails'
import { CaseForm } from '../../_components/CaseForm.client'
import { PendingNotice } from '../../_components/PendingNotice'
import { StatusBadge } from '../../_components/StatusBadge'
import { Timeline } from '../../_components/Timeline'
import { WithdrawForm } from '../../_components/WithdrawForm.client'

export const metadata = { title: '案例' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ saved?: string; submitted?: string; withdrawn?: string }>
}

const EDITABLE = ['draft', 'returned']
const WITHDRAWABLE = ['draft', 'submitted', 'returned']

export default async function CasePage({ params, searchParams }: Props) {
  const user = await requireUnitAccount()
  const [{ id }, done] = await Promise.all([params, searchParams])
  const doc = await unitCase(user, id)
  if (!doc) notFound()
  const editable = EDITABLE.includes(doc.status)
  const [unit, timeline, calls, regions] = await Promise.all([
    ownUnit(user),
    caseTimeline(user, doc.id),
    editable ? callsForForm(relationId(doc.campaign as never)) : Promise.resolve([]),
    editable ? regionOptions() : Promise.resolve([]),
  ])
  const lastReturn = [...timeline].reverse().find((entry) => entry.to === 'returned')
  const notice = done.submitted
    ? '案例已提交，请等待审核。'
    : done.withdrawn
      ? '案例已撤回。'
      : done.saved
        ? '草稿已保存。'
        : null
  return (
    <>
      <p className="breadcrumb">
        <a href="/submit/cases">我的案例</a>
      </p>
      <h1>{doc.title}</h1>
      <p className="case-status">
        当前状态：
        <StatusBadge status={doc.status} />
      </p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {doc.status === 'returned' && lastReturn ? (
        <section className="return-note" aria-labelledby="return-heading">
          <h2 id="return-heading">审核意见：请修改后重新提交</h2>
          <p>{lastReturn.comment}</p>
        </section>
      ) : null}
      {doc.status === 'draft' && unit?.approval === 'pending' ? <PendingNotice /> : null}
      {editable ? (
        <CaseForm
          values={valuesFromCase(doc)}
          media={mediaMap(doc.photos ?? [], doc.attachments ?? [])}
          calls={calls}
          regions={regions}
          submitLabel={doc.status === 'returned' ? '重新提交' : '提交'}
        />
      ) : (
        <CaseDetails doc={doc} />
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">办理进度</h2>
        <Timeline createdAt={doc.createdAt} entries={timeline} />
      </section>
      {WITHDRAWABLE.includes(doc.status) ? <WithdrawForm id={String(doc.id)} /> : null}
    </>
  )
}
