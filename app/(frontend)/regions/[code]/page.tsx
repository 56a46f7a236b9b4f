import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { MediaImage } from '@/components/MediaImage'
import { PairingList } from '@/components/pairing/PairingList'
import { getRegionPage } from '@/data/regionPage'
import { formatDate } from '@/lib/formatDate'
import type { Media, Region } from '@/payload-types'
import { pageMetadata } from '@/seo/pageMetadata'

import '../regions.css'

type Props = { params: Promise<{ code: string }> }

// Rendered on first request, then served from cache until a publish hook expires its tags.
export const generateStaticParams = async () => []

const LEVEL_BELOW: Record<string, string> = { province: '下辖市', city: '下辖县（市、区）', county: '下辖乡镇' }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getRegionPage({}, (await params).code)
  if (!page) return {}
  const { region } = page
  return pageMetadata({
    title: region.name,
    description: `${region.fullName || region.name}的新闻报道、直播带货和优秀案例。`,
    path: `/regions/${region.code}`,
  })
}

export default async function RegionPage({ params }: Props) {
  const page = await getRegionPage({}, (await params).code)
  if (!page) notFound()
  const { region, parent, children, articles, events, cases, pairings } = page
  return (
    <article className="region-page">
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">首页</Link> ›{' '}
        {parent ? (
          <>
            <Link href={`/regions/${parent.code}`}>{parent.name}</Link> ›{' '}
          </>
        ) : null}
        <span>{region.name}</span>
      </nav>
      <h1>{region.name}</h1>
      {region.fullName && region.fullName !== region.name ? <p className="muted">{region.fullName}</p> : null}
      <dl className="region-counts">
        <div>
          <dt>新闻稿件</dt>
          <dd>{articles.total}</dd>
        </div>
        <div>
          <dt>直播带货</dt>
          <dd>{events.total}</dd>
        </div>
        <div>
          <dt>优秀案例</dt>
          <dd>{cases.total}</dd>
        </div>
      </dl>
      <section aria-labelledby="region-articles">
        <h2 id="region-articles">新闻稿件</h2>
        <ArticleList articles={articles.docs} empty="暂无关于这里的稿件" />
        <ShownOf shown={articles.docs.length} total={articles.total} />
      </section>
      <section aria-labelledby="region-events">
        <h2 id="region-events">直播带货</h2>
        {events.docs.length === 0 ? (
          <p className="muted">暂无在这里举办的直播</p>
        ) : (
          <ul className="article-list">
            {events.docs.map((event) => (
              <li key={event.id}>
                <Link href={`/live/${event.slug}`}>{event.title}</Link>
                <time dateTime={event.startsAt ?? undefined}>{formatDate(event.startsAt)}</time>
              </li>
            ))}
          </ul>
        )}
        <ShownOf shown={events.docs.length} total={events.total} />
      </section>
      <section aria-labelledby="region-cases">
        <h2 id="region-cases">优秀案例</h2>
        {cases.docs.length === 0 ? (
          <p className="muted">暂无这里的优秀案例</p>
        ) : (
          <ul className="case-grid">
            {cases.docs.map((item) => (
              <li key={item.id}>
                <MediaImage media={(item.photos?.[0] as Media | undefined) ?? null} size="card" />
                <h3>
                  <Link href={`/cases/${item.id}`}>{item.title}</Link>
                </h3>
                <p className="muted">
                  {item.type}
                  {item.region && typeof item.region === 'object' ? ` · ${(item.region as Region).name}` : ''}
                </p>
                {item.summary ? <p>{item.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <ShownOf shown={cases.docs.length} total={cases.total} />
      </section>
      {pairings.length > 0 ? (
        <section aria-labelledby="region-pairings">
          <h2 id="region-pairings">对口帮扶</h2>
          <PairingList pairs={pairings} />
          <p>
            <Link href="/pairing">对口帮扶总览</Link>
          </p>
        </section>
      ) : null}
      {children.length > 0 ? (
        <nav aria-labelledby="region-children" className="region-children">
          <h2 id="region-children">{LEVEL_BELOW[region.level] ?? '下辖地区'}</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/regions/${child.code}`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  )
}

function ShownOf({ shown, total }: { shown: number; total: number }) {
  return total > shown ? (
    <p className="muted">
      显示最新 {shown} 条，共 {total} 条
    </p>
  ) : null
}
