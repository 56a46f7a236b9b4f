import { ORGANIZATION_KINDS } from '@/collections/Organizations/organizationOptions'
import { regionOptions } from '@/portal/portalData'

import { RegisterForm } from '../_components/RegisterForm.client'

export const metadata = { title: '注册申报单位' }

export default async function RegisterPage() {
  const regions = await regionOptions()
  const kinds = Object.entries(ORGANIZATION_KINDS).map(([value, [label]]) => ({ value, label }))
  return (
    <>
      <h1>注册申报单位</h1>
      <p className="hint">
        注册后即可填写案例、保存草稿；活动编辑审核单位信息后，即可提交案例。已有账号请<a href="/submit">直接登录</a>。
      </p>
      <RegisterForm kinds={kinds} regions={regions} />
    </>
  )
}
