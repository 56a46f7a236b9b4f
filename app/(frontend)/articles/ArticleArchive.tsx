import { notFound } from 'next/navigation'

import { MediaImage } from '@/components/MediaImage'
import { articleArchive, isArchivePage } from '@/data/archives'
import { formatDate } from '@/lib/formatDate'

import { Pager } from '../_components/Pager'

/** 新闻: every published article, newest first, a page at a time. */
export async function ArticleArchive({ page }: { page: number }) {
  if (!isArchivePage(page)) notFound()
  const archive = await articleArchive({}, page)
  if (page > 1 && archive.docs.length === 0) notFound()
  return (
    <section className="archive" aria-labelledby="archive-heading">
      <nav className="breadcrumb" aria-label="当前位置">
        <a href="/">首页</a> › 新闻
      </nav>
      <h1 id="archive-heading">新闻{page > 1 ? `（第 ${page} 页）` : ''}</h1>
      {archive.docs.length === 0 ? <p className="muted">暂无稿件</p> : null}
      <ul className="archive-list">
        {archive.docs.map((article) => (
          <li key={article.id}>
            <MediaImage media={article.heroImage} size="thumbnail" className="archive-thumb" />
            <div>
              <h2>
                <a href={`/articles/${article.slug}`}>{article.title}</a>
              </h2>
              {article.summary ? <p className="archive-summary">{article.summary}</p> : null}
              <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time>
            </div>
          </li>
        ))}
      </ul>
      <Pager base="/articles" page={page} pages={archive.pages} label="新闻分页" />
    </section>
  )
}
