import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { ArticleTools } from '@/components/article/ArticleTools.client'
import { ARTICLE_TOOL_LABELS } from '@/components/article/articleToolLabels'
import { Breadcrumb } from '@/components/article/Breadcrumb'
import { FontSizeScript } from '@/components/article/FontSizeScript'
import { ArticleNeighbours } from '@/components/article/ArticleNeighbours'
import '@/components/article/article.css'
import { HotList } from '@/components/hot/HotList'
import { ViewBeacon } from '@/components/hot/ViewBeacon.client'
import { CommentCount, CommentSection } from '@/components/comments/CommentSection'
import { MediaImage } from '@/components/MediaImage'
import { PreviewBar } from '@/components/PreviewBar'
import { RichTextBody } from '@/components/RichTextBody'
import { ShareBox } from '@/components/share/ShareBox'
import { getArticle, neighbourArticles, relatedArticles, type ArticleSummary } from '@/data/articles'
import { hotLists } from '@/data/hotList'
import { notFoundOrRedirect } from '@/data/notFoundOrRedirect'
import { readOptionsForRequest } from '@/data/previewState'
import { formatDateTime } from '@/lib/formatDate'
import { relationId } from '@/lib/relationId'
import { JsonLd } from '@/seo/JsonLd'
import { newsArticleJsonLd } from '@/seo/newsArticleJsonLd'
import { pageMetadata } from '@/seo/pageMetadata'
import { absoluteUrl } from '@/seo/site'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from cache until a publish hook expires its tags. The hot list inside is
// renewed by a timer, not by publishes: a page being read is regenerated in the background at most once a minute
// (HOT_LIST_REVALIDATE_SECONDS in src/data/hotList.ts; Next needs the literal here)
export const revalidate = 60

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle({}, (await params).slug)
  if (!article) return {}
  return pageMetadata({
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.summary,
    path: `/articles/${article.slug}`,
    image: article.meta?.image ?? article.heroImage,
    article: { publishedTime: article.publishedAt, modifiedTime: article.updatedAt, authors: article.reporters },
  })
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const read = await readOptionsForRequest()
  const article = await getArticle(read, slug)
  if (!article) return notFoundOrRedirect(`/articles/${slug}`)
  const chosen = (article.relatedArticles ?? []).filter((item) => typeof item === 'object') as ArticleSummary[]
  const ids = (values: typeof article.topics | typeof article.regions) =>
    (values ?? []).map((value) => relationId(value)).filter((id) => id != null)
  const [related, hot, neighbours] = await Promise.all([
    chosen.length > 0
      ? chosen
      : relatedArticles(read, { id: article.id, topics: ids(article.topics), regions: ids(article.regions) }),
    hotLists(),
    article.publishedAt ? neighbourArticles(read, article.publishedAt) : { previous: null, next: null },
  ])
  const reporters = article.reporters?.length ? `记者：${article.reporters.join(' ')}` : null
  const url = absoluteUrl(`/articles/${article.slug}`)
  return (
    <div className="article-page">
      <FontSizeScript />
      <article className="article">
        <JsonLd data={newsArticleJsonLd(article)} />
        {read.draft ? <PreviewBar /> : null}
        <Breadcrumb article={article} />
        {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
        <h1>{article.title}</h1>
        <p className="meta-line">
          <time dateTime={article.publishedAt ?? undefined}>{formatDateTime(article.publishedAt)}</time>
          {reporters ? <span>{reporters}</span> : null}
          {article.source ? <span>来源：{article.source}</span> : null}
          {article.responsibleEditorName ? <span>责任编辑：{article.responsibleEditorName}</span> : null}
          <CommentCount relationTo="articles" id={article.id} />
        </p>
        <ArticleTools url={url} labels={ARTICLE_TOOL_LABELS} />
        <MediaImage media={article.heroImage} size="hero" caption />
        <div className="article-body">
          {article.dateline ? <p className="dateline">{article.dateline}</p> : null}
          <RichTextBody data={article.body} />
        </div>
        <p className="print-url">本文链接：{url}</p>
        <ArticleNeighbours {...neighbours} />
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">相关阅读</h2>
          <ArticleList articles={related} />
        </section>
        <ShareBox url={url} title={article.title} summary={article.summary} />
        <CommentSection relationTo="articles" id={article.id} />
      </article>
      <aside className="article-aside" aria-label="热点排行">
        <HotList lists={hot} id="article-hot" />
      </aside>
      {read.draft ? null : <ViewBeacon collection="articles" id={article.id} />}
    </div>
  )
}
