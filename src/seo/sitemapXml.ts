import { escapeXml } from './rssFeed'
import { absoluteUrl } from './site'

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const lastmod = (iso: string | null | undefined) => (iso ? `<lastmod>${escapeXml(iso)}</lastmod>` : '')

/** A sitemap index (sitemaps.org): one <sitemap> per file of addresses. */
export const sitemapIndexXml = (files: string[], origin: string) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${XMLNS}">`,
    ...files.map((file) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(file), origin))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')

/** One sitemap file (a urlset) of absolute addresses with their last change. */
export const sitemapUrlsetXml = (entries: { path: string; lastModified: string | null }[], origin: string) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${XMLNS}">`,
    ...entries.map(
      (entry) => `<url><loc>${escapeXml(absoluteUrl(entry.path, origin))}</loc>${lastmod(entry.lastModified)}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')

/** Where a file of the index is served. */
export const sitemapFilePath = (file: string) => `/sitemaps/${file}.xml`
