import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/data/sitemap'
import { absoluteUrl, siteOrigin } from '@/seo/site'

/** Every public page worth indexing; regenerated when any of the collections behind it changes. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin()
  const entries = await sitemapEntries({})
  return entries.map((entry) => ({
    url: absoluteUrl(entry.path, origin),
    lastModified: entry.lastModified ?? undefined,
  }))
}
