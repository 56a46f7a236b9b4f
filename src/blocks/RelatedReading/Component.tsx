import { ArticleList } from '@/components/ArticleList'
import type { ArticleSummary } from '@/data/articles'
import type { RelatedReadingBlock as RelatedReadingData } from '@/payload-types'

/** Hand-picked articles; ones since unpublished come back unpopulated and are left out. */
export function RelatedReadingBlock({ heading, articles }: RelatedReadingData) {
  const published = (articles ?? []).filter((article): article is ArticleSummary & typeof article =>
    Boolean(article && typeof article === 'object'),
  )
  return (
    <section className="block-related">
      <h2>{heading ?? '延伸阅读'}</h2>
      <ArticleList articles={published as ArticleSummary[]} />
    </section>
  )
}
