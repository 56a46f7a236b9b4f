import { ArticleList } from '@/components/ArticleList'
import type { ArticleSummary } from '@/data/articles'
import type { ArticleListBlock as ArticleListData } from '@/payload-types'

export function ArticleListBlock({ block, articles }: { block: ArticleListData; articles: ArticleSummary[] }) {
  return (
    <section className="block-articles">
      <h2>{block.heading}</h2>
      <ArticleList articles={articles} />
    </section>
  )
}
