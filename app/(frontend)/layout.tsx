import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { ScriptSwitch } from '@/components/ScriptSwitch'

import { SearchForm } from './search/SearchForm'
import './styles.css'

export const metadata: Metadata = {
  title: { default: '新闻专题', template: '%s · 新闻专题' },
  description: '活动专题、典型案例、直播带货与新闻报道',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    // The Traditional conversion sets lang="zh-Hant" in the served HTML only, and hydration leaves that attribute be
    <html lang="zh-CN" suppressHydrationWarning>
      <body>
        <header className="site-header">
          <a href="/" className="site-name">
            新闻专题
          </a>
          <a href="/cases" style={{ color: '#fff', margin: '0 0 0 1rem' }}>
            案例库
          </a>
          <a href="/submit" style={{ color: '#fff', margin: '0 1rem' }}>
            案例申报
          </a>
          <SearchForm id="site-search-q" label="站内搜索" compact />
          <ScriptSwitch />
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
