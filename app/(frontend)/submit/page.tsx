import { formatDateTime } from '@/lib/formatDate'
import { currentCalls, unitCases } from '@/portal/portalData'
import { currentUnitAccount } from '@/portal/session'

import { LoginForm } from './_components/LoginForm.client'
import { UnitToDo } from './_components/UnitToDo'

type Props = { searchParams: Promise<{ login?: string }> }

export default async function SubmitPage({ searchParams }: Props) {
  const [calls, unit, { login }] = await Promise.all([currentCalls(), currentUnitAccount(), searchParams])
  return (
    <>
      <h1>典型案例申报</h1>
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading">正在征集</h2>
        {calls.length === 0 ? (
          <p className="muted">目前没有正在征集案例的活动。</p>
        ) : (
          calls.map((call) => (
            <article key={call.id} className="call-card">
              <h3>{call.name}</h3>
              {call.theme ? <p>{call.theme}</p> : null}
              <p>
                <span className={call.position === 'open' ? 'status-badge status-open' : 'status-badge'}>
                  {call.position === 'open' ? '正在报送' : '尚未开始'}
                </span>
              </p>
              <p>
                报送时间：{call.opens ? formatDateTime(call.opens) : '即日起'} 至{' '}
                {call.closes ? formatDateTime(call.closes) : '另行通知'}（北京时间）
              </p>
              <p>案例类型：{call.caseTypes.join('、')}</p>
            </article>
          ))
        )}
        <p className="hint">
          各单位注册后填写案例、上传照片和附件，可先保存草稿，提交后由审核员初审；需要修改时会退回并附上意见。
        </p>
      </section>
      {unit ? (
        <>
          <UnitToDo cases={await unitCases(unit)} />
          <section aria-labelledby="account-heading">
            <h2 id="account-heading">已登录</h2>
            <p>
              {unit.email}：<a href="/submit/cases">查看我的案例</a>
            </p>
          </section>
        </>
      ) : (
        <section aria-labelledby="login-heading">
          <h2 id="login-heading">单位登录</h2>
          {login ? (
            <p className="notice" role="status">
              请先登录。
            </p>
          ) : null}
          <LoginForm />
          <p>
            还没有账号？<a href="/submit/register">注册申报单位</a>
          </p>
        </section>
      )}
    </>
  )
}
