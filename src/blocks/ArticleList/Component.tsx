import { ArticleList } from '@/components/ArticleList'
import { listArticles } from '@/data/articles'
import type { ReadOptions } from '@/data/readOptions'
import { relationId } from '@/lib/relationId'
import type { ArticleListBlock as ArticleListData } from '@/payload-types'

export async function ArticleListBlock({
  block,
  read,
  topicId,
}: {
  block: ArticleListData
  read: ReadOptions
  topicId: number | string
}) {
  const limit = block.limit ?? 8
  const filter =
    block.filter === 'region'
      ? { region: relationId(block.region) ?? undefined, limit }
      : block.filter === 'category'
        ? { category: block.category ?? undefined, limit }
        : { topic: topicId, limit }
  const articles = await listArticles(read, filter)
  return (
    <section className="block-articles">
      <h2>{block.heading}</h2>
      <ArticleList articles={articles} />
    </section>
  )
}
