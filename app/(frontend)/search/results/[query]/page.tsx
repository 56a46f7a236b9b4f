import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { search, type SearchOutcome } from '@/data/search'
import { formatDate } from '@/lib/formatDate'
import { paramsOfSegment } from '@/queryPages/queryPages'
import { MAX_QUERY_CHARS } from '@/search/queryLimits'
import { SEARCHABLE } from '@/search/searchable'

import { Highlighted } from '../../Highlighted'
import { SearchForm } from '../../SearchForm'

/** Readers ask for `/search?q=…`; the proxy serves it from here, one cached page per query (src/queryPages). */
type Props = { params: Promise<{ query: string }> }

export const generateStaticParams = async () => []

export const metadata: Metadata = { title: '搜索', robots: { index: false, follow: true } }

const REFUSALS: Record<Exclude<SearchOutcome['status'], 'ok'>, string> = {
  empty: '请输入要查找的词语，例如：直播带货、永安、闽宁协作。',
  tooLong: `关键词太长了，请控制在 ${MAX_QUERY_CHARS} 个字以内。`,
  tooVague: '请至少输入两个字或一个完整的词语。',
}

const pageHref = (query: string, page: number) => `/search?${new URLSearchParams({ q: query, page: String(page) })}`

export default async function SearchPage({ params }: Props) {
  const asked = paramsOfSegment('/search', (await params).query)
  if (!asked) notFound()
  const query = asked.q ?? ''
  const outcome = await search({}, query, asked.page)
  return (
    <section className="search-page" aria-labelledby="search-heading">
      <h1 id="search-heading">站内搜索</h1>
      <SearchForm id="search-q" label="搜索文章、案例、直播、专题和对口帮扶" query={query.slice(0, MAX_QUERY_CHARS)} />
      {outcome.status !== 'ok' ? (
        <p className="search-message">{REFUSALS[outcome.status]}</p>
      ) : outcome.hits.length === 0 ? (
        <p className="search-message">没有找到与“{query}”相关的内容。请换个词语试试，或检查有无错别字。</p>
      ) : (
        <>
          <p className="search-count" role="status">
            {outcome.more
              ? `找到 ${outcome.ranked} 条以上结果，按相关程度显示最新的 ${outcome.ranked} 条`
              : `找到 ${outcome.ranked} 条结果`}
          </p>
          <ol className="search-results">
            {outcome.hits.map((hit) => (
              <li key={hit.id}>
                <p className="search-meta">
                  <span className="search-type">{SEARCHABLE[hit.collection].zh}</span>
                  {hit.date ? <time dateTime={hit.date}>{formatDate(hit.date)}</time> : null}
                </p>
                <h2>
                  <Link href={hit.path}>
                    <Highlighted segments={hit.title} />
                  </Link>
                </h2>
                {hit.excerpt.length > 0 ? (
                  <p className="search-excerpt">
                    <Highlighted segments={hit.excerpt} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {outcome.pages > 1 ? (
            <nav aria-label="搜索结果分页" className="search-pages">
              {outcome.page > 1 ? <Link href={pageHref(query, outcome.page - 1)}>上一页</Link> : null}
              <span>
                第 {outcome.page} / {outcome.pages} 页
              </span>
              {outcome.page < outcome.pages ? <Link href={pageHref(query, outcome.page + 1)}>下一页</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  )
}
