import { latestArticles } from '@/data/articles'
import { rssFeed } from '@/seo/rssFeed'

// Generated once and kept until an article is published or changed (the articles tag its data carries).
export const dynamic = 'force-static'

export async function GET() {
  const articles = await latestArticles({}, 30)
  return new Response(rssFeed(articles), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
