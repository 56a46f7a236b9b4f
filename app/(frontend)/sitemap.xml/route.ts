import { sitemapFiles } from '@/data/sitemap'
import { sitemapIndexXml } from '@/seo/sitemapXml'
import { siteOrigin } from '@/seo/site'

// Generated once, kept until a publish expires the data it lists (the tags its data carries), and renewed
// once a minute while read: the build prerenders it, and after a restart only the timer replaces the build's copy
// (next.config.mjs).
export const dynamic = 'force-static'
export const revalidate = 60

/** The sitemap index: the files that list every public page, as many as the site needs. */
export async function GET() {
  return new Response(sitemapIndexXml(await sitemapFiles({}), siteOrigin()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
