import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from './search/SearchForm'

export const metadata: Metadata = { title: '页面未找到', robots: { index: false, follow: true } }

/** Every reader page's 404: where the reader may have meant to go, and a search box (works without JavaScript). */
export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">抱歉，页面未找到</h1>
      <p>您访问的页面不存在，可能已被删除、更名，或网址输入有误。</p>
      <SearchForm id="not-found-q" label="搜索文章、案例、直播、专题和对口帮扶" />
      <ul>
        <li>
          <Link href="/">返回首页</Link>，浏览最新稿件
        </li>
        <li>
          <Link href="/#topics-heading">活动专题</Link>
        </li>
        <li>
          <Link href="/cases">案例库</Link>：优秀案例与正在投票的入围案例
        </li>
      </ul>
    </section>
  )
}
