import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { logOut } from '@/portal/actions/auth'
import { isUnitAccount, portalUser } from '@/portal/session'

import './portal.css'

export const metadata: Metadata = { title: '案例申报' }

// Every portal page depends on who is logged in: rendered per request, never cached for anyone else.
export const dynamic = 'force-dynamic'

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await portalUser()
  const unit = isUnitAccount(user)
  return (
    <div className="portal">
      <nav className="portal-nav" aria-label="案例申报">
        <a href="/submit">案例申报</a>
        {unit ? (
          <>
            <a href="/submit/cases">我的案例</a>
            <a href="/submit/cases/new">新建案例</a>
            <form action={logOut}>
              <button type="submit" className="link-button">
                退出登录
              </button>
            </form>
          </>
        ) : (
          <a href="/submit/register">注册</a>
        )}
      </nav>
      {children}
    </div>
  )
}
