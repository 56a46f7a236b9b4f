import Link from 'next/link'

import type { ArticleSummary } from '@/data/articles'
import { formatDate } from '@/lib/formatDate'

/** Headlines with their dates, as the "related reading" and section lists of a news page show them. */
export function ArticleList({ articles, empty = '暂无稿件' }: { articles: ArticleSummary[]; empty?: string }) {
  if (articles.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
          <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time>
        </li>
      ))}
    </ul>
  )
}
