import Link from 'next/link'

import type { Neighbour } from '@/data/articles'

/** 上一篇 (older) / 下一篇 (newer) at the end of an article, as news sites link them. */
export function ArticleNeighbours({ previous, next }: { previous: Neighbour | null; next: Neighbour | null }) {
  if (!previous && !next) return null
  return (
    <nav className="article-neighbours" aria-label="上一篇和下一篇">
      <p>
        <span>上一篇：</span>
        {previous ? <Link href={`/articles/${previous.slug}`}>{previous.title}</Link> : <span>没有了</span>}
      </p>
      <p>
        <span>下一篇：</span>
        {next ? <Link href={`/articles/${next.slug}`}>{next.title}</Link> : <span>没有了</span>}
      </p>
    </nav>
  )
}
