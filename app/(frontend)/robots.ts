import type { MetadataRoute } from 'next'

import { siteOrigin } from '@/seo/site'

/** Crawlers read the reader site; the admin, the API, the submission portal and previews are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/submit', '/preview'] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  }
}
