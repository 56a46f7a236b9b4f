import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { PageBreadcrumb } from '@/components/PageBreadcrumb'
import { PreviewBar } from '@/components/PreviewBar'
import { RichTextBody } from '@/components/RichTextBody'
import type { ArticleSummary } from '@/data/articles'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { getPairing } from '@/data/pairings'
import { readOptionsForRequest } from '@/data/previewState'
import { readerPaths } from '@/fields/livePreview'
import { formatFen } from '@/metrics/formatChinese'
import { countWith, pairingYears, programmeName } from '@/pairing/formatPairing'
import type { Region, Topic } from '@/payload-types'
import { pageMetadata } from '@/seo/pageMetadata'

import '../pairing.css'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from cache until a publish hook expires its tags.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pair = await getPairing({}, (await params).slug)
  if (!pair) return {}
  return pageMetadata({
    title: pair.title,
    description: pair.summary,
    path: readerPaths.pairing(String(pair.slug)),
  })
}

// Relations a reader may not see (an unpublished article) come back as bare ids: only documents are shown
const populated = <T extends { id: unknown }>(values: (T | number | string)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

function RegionLink({ region }: { region: Region | number | string }) {
  if (typeof region !== 'object') return null
  return <Link href={`/regions/${region.code}`}>{region.fullName || region.name}</Link>
}

/** One pair: who helps whom since when, its figures (unreported ones as a dash), the story and the coverage. */
export default async function PairingPage({ params }: Props) {
  const { slug } = await params
  const read = await readOptionsForRequest()
  const pair = await getPairing(read, slug)
  if (!pair) return notFoundOrRedirect(readerPaths.pairing(slug))
  const programme = programmeName(pair.programme)
  const articles = populated<ArticleSummary>(pair.relatedArticles as ArticleSummary[])
  const topics = populated<Topic>(pair.topics)
  const figures = [
    { label: '帮扶资金', value: formatFen(pair.fundsFen) },
    { label: '帮扶项目', value: countWith(pair.projects, '个') },
    { label: '选派干部', value: countWith(pair.cadresSent, '名') },
    { label: '选派批次', value: countWith(pair.cadreBatches, '批') },
    { label: '结对村', value: countWith(pair.villagesPaired, '个') },
    ...(pair.highlights ?? []).map((item) => ({ label: item.label, value: item.value })),
  ]
  return (
    <article className="pairing">
      {read.draft ? <PreviewBar /> : null}
      <PageBreadcrumb trail={[{ label: '对口帮扶', href: '/pairing' }, { label: pair.title }]} />
      <h1>{pair.title}</h1>
      <p className="pairing-sides">
        <span>
          帮扶方：
          <RegionLink region={pair.helper} />
        </span>
        <span aria-hidden="true">→</span>
        <span>
          受援方：
          <RegionLink region={pair.helped} />
        </span>
      </p>
      <p className="meta-line">
        {programme ? <span>{programme}</span> : null}
        <span>{pairingYears(pair.startYear, pair.endYear)}</span>
      </p>
      {pair.summary ? <p className="pairing-intro">{pair.summary}</p> : null}
      <dl className="pairing-figures">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {pair.figuresNote ? <p className="muted">数据说明：{pair.figuresNote}</p> : null}
      {pair.body ? <RichTextBody data={pair.body} /> : null}
      {articles.length > 0 ? (
        <section aria-labelledby="pairing-articles">
          <h2 id="pairing-articles">相关报道</h2>
          <ArticleList articles={articles} />
        </section>
      ) : null}
      {topics.length > 0 ? (
        <section aria-labelledby="pairing-topics">
          <h2 id="pairing-topics">所属专题</h2>
          <ul className="article-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <Link href={readerPaths.topic(String(topic.slug))}>{topic.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/pairing">全部对口帮扶结对</Link>
      </p>
    </article>
  )
}
