import { jsonLdScript } from './newsArticleJsonLd'

/** Structured data for search engines, in the inline script element they read. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
}
