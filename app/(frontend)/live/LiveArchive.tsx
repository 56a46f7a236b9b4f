import { notFound } from 'next/navigation'

import { eventArchive, isArchivePage } from '@/data/archives'
import { formatDateTime } from '@/lib/formatDate'
import { formatCount, formatFen } from '@/metrics/formatChinese'
import type { Region } from '@/payload-types'

import { Pager } from '../_components/Pager'

/** 直播: every published livestream, the newest first, with its latest figures. */
export async function LiveArchive({ page }: { page: number }) {
  if (!isArchivePage(page)) notFound()
  const archive = await eventArchive({}, page)
  if (page > 1 && archive.docs.length === 0) notFound()
  return (
    <section className="archive" aria-labelledby="archive-heading">
      <nav className="breadcrumb" aria-label="当前位置">
        <a href="/">首页</a> › 直播
      </nav>
      <h1 id="archive-heading">直播{page > 1 ? `（第 ${page} 页）` : ''}</h1>
      {archive.docs.length === 0 ? <p className="muted">暂无直播</p> : null}
      <ul className="archive-list">
        {archive.docs.map((event) => {
          const region = event.region && typeof event.region === 'object' ? (event.region as Region) : null
          return (
            <li key={event.id}>
              <div>
                <h2>
                  <a href={`/live/${event.slug}`}>{event.title}</a>
                </h2>
                <p className="meta-line">
                  <time dateTime={event.startsAt ?? undefined}>{formatDateTime(event.startsAt)}</time>
                  {region ? <span>{region.name}</span> : null}
                  {event.mainStudio ? <span>{event.mainStudio}</span> : null}
                </p>
                {event.current?.asOf ? (
                  <p className="meta-line">
                    <span>访问量 {formatCount(event.current.visits)}</span>
                    <span>销售额（含订单）{formatFen(event.current.totalSalesFen)}</span>
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
      <Pager base="/live" page={page} pages={archive.pages} label="直播分页" />
    </section>
  )
}
