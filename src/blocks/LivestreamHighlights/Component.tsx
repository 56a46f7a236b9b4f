import Link from 'next/link'

import type { BarSeries } from '@/components/charts/renderSvgChart'
import { SvgChart } from '@/components/charts/SvgChart'
import type { Listed } from '@/data/articles'
import type { EventSummary } from '@/data/events'
import { formatDate } from '@/lib/formatDate'
import { formatCount, formatFen } from '@/metrics/formatChinese'
import type { LivestreamHighlightsBlock as LivestreamHighlightsData, Region } from '@/payload-types'

export function LivestreamHighlightsBlock({
  block,
  events: { docs: events, total },
}: {
  block: LivestreamHighlightsData
  events: Listed<EventSummary>
}) {
  const regionName = (region: unknown) => (region && typeof region === 'object' ? (region as Region).name : '')
  const chart: BarSeries | null =
    block.showChart && events.length > 0
      ? {
          categories: events.map((event) => regionName(event.region) || event.title),
          values: events.map((event) => (event.current?.totalSalesFen ?? 0) / 100),
          valueLabel: (yuan) => formatFen(Math.round(yuan * 100)),
        }
      : null
  return (
    <section className="block-live">
      <h2>{block.heading ?? '直播带货'}</h2>
      {chart ? <SvgChart series={chart} label="各场直播销售额（含订单）" /> : null}
      <table className="figures">
        <caption>
          各场直播数据（截至最新统计）
          {total > events.length ? `，按时间显示前 ${events.length} 场，共 ${total} 场` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">直播</th>
            <th scope="col">日期</th>
            <th scope="col">访问量</th>
            <th scope="col">销售额（含订单）</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                <Link href={`/live/${event.slug}`}>{event.title}</Link>
              </th>
              <td>{formatDate(event.startsAt)}</td>
              <td>{formatCount(event.current?.visits)}</td>
              <td>{formatFen(event.current?.totalSalesFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
