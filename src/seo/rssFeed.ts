import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteOrigin } from './site'

export type FeedItem = { title: string; slug?: string | null; summary?: string | null; publishedAt?: string | null }

// XML 1.0 forbids most control characters even when escaped; pasted text sometimes carries them.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export const escapeXml = (text: string) =>
  text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

const rfc822 = (iso: string | null | undefined) => {
  const date = iso ? new Date(iso) : null
  return date && !Number.isNaN(date.getTime()) ? date.toUTCString() : null
}

const element = (name: string, text: string | null | undefined) => (text ? `<${name}>${escapeXml(text)}</${name}>` : '')

/**
 * An RSS 2.0 channel of the latest articles. The build date is the newest article's, not the clock's, so the
 * feed only changes when an article does.
 */
export const rssFeed = (items: FeedItem[], origin: string = siteOrigin()) => {
  const entries = items
    .filter((item) => item.slug)
    .map((item) => {
      const link = absoluteUrl(`/articles/${encodeURIComponent(item.slug as string)}`, origin)
      return [
        '<item>',
        element('title', item.title),
        element('link', link),
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        element('description', item.summary),
        element('pubDate', rfc822(item.publishedAt)),
        '</item>',
      ].join('')
    })
  const newest = items.map((item) => rfc822(item.publishedAt)).find(Boolean)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', SITE_NAME),
    element('link', `${origin}/`),
    `<atom:link href="${escapeXml(`${origin}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    element('description', SITE_DESCRIPTION),
    '<language>zh-cn</language>',
    element('lastBuildDate', newest),
    ...entries,
    '</channel>',
    '</rss>',
  ].join('\n')
}
