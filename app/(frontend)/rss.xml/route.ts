import { latestArticles } from '@/data/articles'
import { rssFeed } from '@/seo/rssFeed'

// Generated once, kept until an article is published or changed (the articles tag its data carries), and renewed
// once a minute while read: the build prerenders it, and after a restart only the timer replaces the build's copy
// (next.config.mjs).
export const dynamic = 'force-static'
export const revalidate = 60

export async function GET() {
  const articles = await latestArticles({}, 30)
  return new Response(rssFeed(articles), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
