import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: '新闻专题', template: '%s · 新闻专题' },
  description: '活动专题、典型案例、直播带货与新闻报道',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <a href="/" className="site-name">
            新闻专题
          </a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
