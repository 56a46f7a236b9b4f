import type { Metadata } from 'next'

import type { BarSeries } from '@/components/charts/renderSvgChart'
import { SvgChart } from '@/components/charts/SvgChart'
import { PageBreadcrumb } from '@/components/PageBreadcrumb'
import { PreviewBar } from '@/components/PreviewBar'
import { ShareBox } from '@/components/share/ShareBox'
import { VideoPlayer } from '@/components/VideoPlayer'
import { getEvent } from '@/data/events'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { readOptionsForRequest } from '@/data/previewState'
import { formatDateTime } from '@/lib/formatDate'
import { formatCount, formatFen } from '@/metrics/formatChinese'
import { chartSeries } from '@/metrics/snapshots'
import { pageMetadata } from '@/seo/pageMetadata'
import { absoluteUrl } from '@/seo/site'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent({}, (await params).slug)
  if (!event) return {}
  return pageMetadata({
    title: event.meta?.title || event.title,
    description: event.meta?.description,
    path: `/live/${event.slug}`,
    image: event.meta?.image,
  })
}

export default async function LivePage({ params }: Props) {
  const { slug } = await params
  const read = await readOptionsForRequest()
  const event = await getEvent(read, slug)
  if (!event) return notFoundOrRedirect(`/live/${slug}`)
  const series = chartSeries(event.snapshots ?? [])
  const chart: BarSeries | null =
    series.length > 1
      ? {
          categories: series.map((point) => formatDateTime(point.asOf).slice(11)),
          values: series.map((point) => point.totalSalesFen / 100),
          valueLabel: (yuan) => formatFen(Math.round(yuan * 100)),
        }
      : null
  const current = event.current
  return (
    <article className="live">
      {read.draft ? <PreviewBar /> : null}
      <PageBreadcrumb trail={[{ label: '直播', href: '/live' }, { label: event.title }]} />
      <h1>{event.title}</h1>
      <p className="meta-line">
        <time dateTime={event.startsAt ?? undefined}>{formatDateTime(event.startsAt)}</time>
        {event.mainStudio ? <span>主会场：{event.mainStudio}</span> : null}
      </p>
      <dl className="live-figures">
        <div>
          <dt>访问量</dt>
          <dd>{formatCount(current?.visits)}</dd>
        </div>
        <div>
          <dt>销售额（含订单）</dt>
          <dd>{formatFen(current?.totalSalesFen)}</dd>
        </div>
        <div>
          <dt>线上销售</dt>
          <dd>{formatFen(current?.onlineSalesFen)}</dd>
        </div>
        <div>
          <dt>线下销售</dt>
          <dd>{formatFen(current?.offlineSalesFen)}</dd>
        </div>
      </dl>
      {current?.asOf ? <p className="muted">数据截至 {formatDateTime(current.asOf)}</p> : null}
      {chart ? <SvgChart series={chart} label="销售额随时间增长" /> : null}
      <section>
        <h2>主播与嘉宾</h2>
        <ul>
          {(event.hosts ?? []).map((host) => (
            <li key={host.id ?? host.name}>
              主播 {host.name}
              {host.outlet ? `（${host.outlet}）` : ''}
            </li>
          ))}
          {(event.guests ?? []).map((guest) => (
            <li key={guest.id ?? guest.name}>
              嘉宾 {guest.name}
              {guest.title && guest.title !== guest.name ? `（${guest.title}）` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>推介产品</h2>
        <ul>
          {(event.products ?? []).map((product) => (
            <li key={product.id ?? product.name}>
              {product.buyUrl ? <a href={product.buyUrl}>{product.name}</a> : product.name}
              {product.priceFen != null ? ` · ${formatFen(product.priceFen)}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <VideoPlayer file={event.replay?.video} url={event.replay?.url} title="直播回放" />
      <ShareBox url={absoluteUrl(`/live/${event.slug}`)} title={event.title} what="本场直播" />
    </article>
  )
}
