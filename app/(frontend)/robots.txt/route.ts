import { siteOrigin } from '@/seo/site'

// Next's robots.ts is only read at the root of app/, outside this route group; a static route handler serves it here
export const dynamic = 'force-static'

/** Crawlers read the reader site; the admin, the API, the submission portal and previews are not for them. */
export function GET() {
  const lines = [
    'User-agent: *',
    'Allow: /',
    ...['/admin', '/api', '/submit', '/preview'].map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${siteOrigin()}/sitemap.xml`,
  ]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
