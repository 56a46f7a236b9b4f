import { sitemapFile } from '@/data/sitemap'
import { sitemapUrlsetXml } from '@/seo/sitemapXml'
import { siteOrigin } from '@/seo/site'

// Each file is generated on first request and kept until a publish expires the data it lists.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

type Context = { params: Promise<{ file: string }> }

/** One file of the sitemap index; a name the index does not list is not found. */
export async function GET(_request: Request, { params }: Context) {
  const name = /^(.+)\.xml$/.exec((await params).file)?.[1]
  const entries = name ? await sitemapFile({}, name) : null
  if (!entries) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(sitemapUrlsetXml(entries, siteOrigin()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
