import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { MediaImage } from '@/components/MediaImage'
import { PreviewBar } from '@/components/PreviewBar'
import { RichTextBody } from '@/components/RichTextBody'
import { getArticle, relatedArticles, type ArticleSummary } from '@/data/articles'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { readOptionsForRequest } from '@/data/previewState'
import { formatDateTime } from '@/lib/formatDate'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from cache until a publish hook expires its tags.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle({}, (await params).slug)
  if (!article) return {}
  return { title: article.meta?.title ?? article.title, description: article.meta?.description ?? article.summary }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const read = await readOptionsForRequest()
  const article = await getArticle(read, slug)
  if (!article) return notFoundOrRedirect(`/articles/${slug}`)
  const chosen = (article.relatedArticles ?? []).filter((item) => typeof item === 'object') as ArticleSummary[]
  const related = chosen.length > 0 ? chosen : await relatedArticles(read, article)
  const reporters = article.reporters?.length ? `记者：${article.reporters.join(' ')}` : null
  return (
    <article className="article">
      {read.draft ? <PreviewBar /> : null}
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">首页</Link> &gt; <span>正文</span>
      </nav>
      {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
      <h1>{article.title}</h1>
      <p className="meta-line">
        <time dateTime={article.publishedAt ?? undefined}>{formatDateTime(article.publishedAt)}</time>
        {reporters ? <span>{reporters}</span> : null}
        {article.source ? <span>来源：{article.source}</span> : null}
        {article.responsibleEditorName ? <span>责任编辑：{article.responsibleEditorName}</span> : null}
      </p>
      <MediaImage media={article.heroImage} size="hero" caption />
      {article.dateline ? <p className="dateline">{article.dateline}</p> : null}
      <RichTextBody data={article.body} />
      <section className="related" aria-labelledby="related-heading">
        <h2 id="related-heading">相关阅读</h2>
        <ArticleList articles={related} />
      </section>
    </article>
  )
}
