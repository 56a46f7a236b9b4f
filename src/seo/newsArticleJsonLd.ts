import type { Article } from '@/payload-types'

import { absoluteUrl, seoImage, SITE_NAME, siteOrigin } from './site'

type JsonLdArticle = Pick<
  Article,
  'title' | 'slug' | 'summary' | 'publishedAt' | 'updatedAt' | 'reporters' | 'source' | 'heroImage' | 'meta'
>

/** schema.org NewsArticle for search engines: the reporters are the authors; without any, the source is. */
export const newsArticleJsonLd = (article: JsonLdArticle, origin: string = siteOrigin()) => {
  const url = absoluteUrl(`/articles/${article.slug}`, origin)
  const image = seoImage(article.meta?.image ?? article.heroImage, origin)
  const reporters = (article.reporters ?? []).map((name) => name.trim()).filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.meta?.description || article.summary || undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? article.publishedAt ?? undefined,
    author: reporters.length
      ? reporters.map((name) => ({ '@type': 'Person', name }))
      : [{ '@type': 'Organization', name: article.source?.trim() || SITE_NAME }],
    publisher: { '@type': 'Organization', name: SITE_NAME, url: origin },
    image: image ? [image.url] : undefined,
  }
}

/**
 * JSON for an inline <script> element: `<` is escaped so no text from the article (a title holding "</script>")
 * can end the script early; the line separators JSON allows but JavaScript once did not are escaped too.
 */
export const jsonLdScript = (data: unknown) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
