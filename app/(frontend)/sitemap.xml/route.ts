import { sitemapFiles } from '@/data/sitemap'
import { sitemapIndexXml } from '@/seo/sitemapXml'
import { siteOrigin } from '@/seo/site'

// Generated once and kept until a publish expires the data it lists (the tags its data carries).
export const dynamic = 'force-static'

/** The sitemap index: the files that list every public page, as many as the site needs. */
export async function GET() {
  return new Response(sitemapIndexXml(await sitemapFiles({}), siteOrigin()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
