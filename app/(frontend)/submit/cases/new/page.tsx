import { valuesFromCase } from '@/portal/caseFormData'
import { callsForForm, ownUnit, regionOptions } from '@/portal/portalData'
import { requireUnitAccount } from '@/portal/session'

import { CaseForm } from '../../_components/CaseForm.client'
import { PendingNotice } from '../../_components/PendingNotice'

export const metadata = { title: '新建案例' }

export default async function NewCasePage() {
  const user = await requireUnitAccount()
  const [unit, calls, regions] = await Promise.all([ownUnit(user), callsForForm(null), regionOptions()])
  const values = valuesFromCase(null)
  // One open call is the usual case: choose it, and fill the unit's contact person as a start.
  const open = calls.filter((call) => call.position === 'open')
  if (open.length === 1) values.campaign = String(open[0].id)
  values.contactPerson = unit?.contactPerson ?? ''
  values.phone = unit?.phone ?? ''
  values.email = unit?.email ?? ''
  return (
    <>
      <p className="breadcrumb">
        <a href="/submit/cases">我的案例</a>
      </p>
      <h1>新建案例</h1>
      {unit?.approval === 'pending' ? <PendingNotice /> : null}
      <CaseForm values={values} media={{}} calls={calls} regions={regions} submitLabel="提交" />
    </>
  )
}
