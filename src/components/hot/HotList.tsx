import Link from 'next/link'
import { Fragment } from 'react'

import type { HotArticle, HotLists } from '@/data/hotList'
import type { HotPeriod } from '@/views/viewDays'

import './hotList.css'

const TABS: { period: HotPeriod; label: string }[] = [
  { period: 'threeDays', label: '三日' },
  { period: 'week', label: '一周' },
  { period: 'month', label: '一月' },
]

function Ranking({ articles, label }: { articles: HotArticle[]; label: string }) {
  if (articles.length === 0) return <p className="muted">{label}内暂无阅读数据</p>
  return (
    <ol className="hot-ranking">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </li>
      ))}
    </ol>
  )
}

/**
 * The most read articles over three days, a week and a month. The tabs are radio buttons, siblings of the panels they
 * switch in CSS, so they work without JavaScript and with the keyboard (arrow keys move between them).
 */
export function HotList({ lists, id = 'hot' }: { lists: HotLists; id?: string }) {
  return (
    <section className="hot-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>热点排行</h2>
      <div className="hot-tabs">
        {TABS.map(({ period, label }, index) => (
          <Fragment key={period}>
            <input
              type="radio"
              name={`${id}-period`}
              id={`${id}-${period}`}
              value={period}
              defaultChecked={index === 0}
            />
            <label htmlFor={`${id}-${period}`}>{label}</label>
          </Fragment>
        ))}
        {TABS.map(({ period, label }) => (
          <div key={period} className="hot-panel" data-period={period} aria-label={`${label}排行`} role="group">
            <Ranking articles={lists[period]} label={label} />
          </div>
        ))}
      </div>
    </section>
  )
}
