import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BarChartFigure } from '@/components/charts/ChartFigure'
import { readCaseLibrary } from '@/data/caseLibrary'
import {
  caseQueryHref,
  LIBRARY_STATUS_LABELS,
  LIBRARY_STATUSES,
  type CaseQuery,
  type LibraryCase,
} from '@/data/caseQuery'
import { paramsOfSegment } from '@/queryPages/queryPages'
import { pageMetadata } from '@/seo/pageMetadata'

import '../../cases.css'

/** Readers ask for `/cases?…`; the proxy serves it from here, one cached page per query (src/queryPages). */
type Props = { params: Promise<{ query: string }> }

export const generateStaticParams = async () => []
// Which shortlisted cases show follows the clock (voting windows open and close without a publish): a cached page
// is at most this many seconds behind it.
export const revalidate = 60

const DESCRIPTION = '优秀案例与正在网络投票的入围案例，可按活动、类型、地区和状态筛选。'

/** The library as a reader sees it now, for the query this page stands for. */
const readLibrary = async (key: string) => {
  const raw = paramsOfSegment('/cases', key)
  if (!raw) notFound()
  return readCaseLibrary(raw)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query } = await readLibrary((await params).query)
  return pageMetadata({ title: '案例库', description: DESCRIPTION, path: caseQueryHref(query) })
}

export default async function CaseLibraryPage({ params }: Props) {
  const { total, options, matching, page, query, charts } = await readLibrary((await params).query)
  const filtered = matching !== total
  return (
    <div className="case-library">
      <h1>案例库</h1>
      <p className="muted">{DESCRIPTION}</p>
      <form method="get" action="/cases" className="case-filter" aria-label="筛选案例">
        <FilterSelect name="campaign" label="活动" value={query.campaign} options={options.campaigns} />
        <FilterSelect
          name="type"
          label="类型"
          value={query.type}
          options={options.types.map((type) => ({ value: type, label: type }))}
        />
        <FilterSelect name="region" label="地区" value={query.region} options={options.regions} />
        <FilterSelect
          name="status"
          label="状态"
          value={query.status}
          options={LIBRARY_STATUSES.map((status) => ({ value: status, label: LIBRARY_STATUS_LABELS[status] }))}
        />
        <button type="submit">筛选</button>
        {filtered ? <Link href="/cases">清除筛选</Link> : null}
      </form>
      <p role="status" className="case-count">
        {filtered ? `符合条件的案例 ${matching} 个（共 ${total} 个）` : `共 ${total} 个案例`}
        {page.pages > 1 ? `，第 ${page.page} / ${page.pages} 页` : ''}
      </p>
      {page.items.length === 0 ? (
        <p className="muted">
          {total === 0 ? '案例征集评审结束后，优秀案例将在这里展示。' : '没有符合条件的案例，请换个筛选条件。'}
        </p>
      ) : (
        <ul className="case-grid library-grid">
          {page.items.map((item) => (
            <CaseCard key={item.id} item={item} />
          ))}
        </ul>
      )}
      <Pagination query={query} page={page.page} pages={page.pages} />
      {matching > 0 ? (
        <section className="case-charts" aria-labelledby="case-charts-heading">
          <h2 id="case-charts-heading">案例分布</h2>
          <BarChartFigure
            caption="各类型案例数"
            labelHeading="类型"
            valueHeading="案例数"
            rows={charts.byType.map(({ label, count }) => ({ label, value: count }))}
          />
          <BarChartFigure
            caption="各地区案例数（县区计入所属设区市）"
            labelHeading="地区"
            valueHeading="案例数"
            rows={charts.byCity.map(({ label, count }) => ({ label, value: count }))}
          />
        </section>
      ) : null}
    </div>
  )
}

function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string
  label: string
  value: string | null
  options: { value: string; label: string }[]
}) {
  const id = `case-filter-${name}`
  return (
    <div className="case-filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">全部</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function CaseCard({ item }: { item: LibraryCase }) {
  return (
    <li className="library-card">
      {item.photo ? (
        <img
          src={item.photo.url}
          alt={item.photo.alt}
          width={item.photo.width}
          height={item.photo.height}
          loading="lazy"
        />
      ) : null}
      <p className="library-card-status">
        <span className={`case-status case-status-${item.status}`}>{LIBRARY_STATUS_LABELS[item.status]}</span>
        {item.campaign ? <span>{item.campaign.name}</span> : null}
      </p>
      <h2 className="library-card-title">
        <Link href={`/cases/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="muted">
        {item.type}
        {item.region ? (
          <>
            {' · '}
            <Link href={`/regions/${item.region.code}`}>{item.region.name}</Link>
          </>
        ) : null}
      </p>
      {item.summary ? <p>{item.summary}</p> : null}
    </li>
  )
}

function Pagination({ query, page, pages }: { query: CaseQuery; page: number; pages: number }) {
  if (pages <= 1) return null
  // The first, the last and two either side of the current page; gaps show as an ellipsis.
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((number) => number >= 1 && number <= pages)
    .sort((a, b) => a - b)
  return (
    <nav aria-label="案例分页" className="case-pages">
      {page > 1 ? (
        <a rel="prev" href={caseQueryHref(query, page - 1)}>
          上一页
        </a>
      ) : null}
      <ol>
        {shown.map((number, index) => (
          <li key={number}>
            {index > 0 && number - shown[index - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {number === page ? (
              <span aria-current="page">{number}</span>
            ) : (
              <a href={caseQueryHref(query, number)} aria-label={`第 ${number} 页`}>
                {number}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <a rel="next" href={caseQueryHref(query, page + 1)}>
          下一页
        </a>
      ) : null}
    </nav>
  )
}
