import { describe, expect, it } from 'vitest'

import { escapeXml, rssFeed } from '@/seo/rssFeed'

const origin = 'https://news.example.cn'

const items = [
  {
    title: '“山海协作” <新篇> & 闽宁情',
    slug: 'shan-hai',
    summary: "村里的 'AT&T' 光纤\u0007通了",
    publishedAt: '2020-07-10T02:00:00.000Z',
  },
  { title: '较早的稿件', slug: 'older', summary: null, publishedAt: '2020-07-01T02:00:00.000Z' },
  { title: '没有地址的稿件', slug: null, summary: null, publishedAt: null },
]

describe('escaping for XML', () => {
  it('escapes the five special characters and drops control characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001f`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
    expect(escapeXml('第一行\n第二行\t')).toBe('第一行\n第二行\t')
  })
})

describe('the RSS feed', () => {
  const feed = rssFeed(items, origin)

  it('is an RSS 2.0 channel for the site, dated by its newest article', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true)
    expect(feed).toContain(`<link>${origin}/</link>`)
    expect(feed).toContain(`<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>`)
    expect(feed).toContain('<language>zh-cn</language>')
    expect(feed).toContain('<lastBuildDate>Fri, 10 Jul 2020 02:00:00 GMT</lastBuildDate>')
  })

  it('lists articles with an address in order, with escaped titles and summaries', () => {
    const entries = feed.match(/<item>.*?<\/item>/g) ?? []
    expect(entries).toHaveLength(2)
    expect(entries[0]).toBe(
      '<item><title>“山海协作” &lt;新篇&gt; &amp; 闽宁情</title>' +
        `<link>${origin}/articles/shan-hai</link>` +
        `<guid isPermaLink="true">${origin}/articles/shan-hai</guid>` +
        '<description>村里的 &apos;AT&amp;T&apos; 光纤通了</description>' +
        '<pubDate>Fri, 10 Jul 2020 02:00:00 GMT</pubDate></item>',
    )
    expect(entries[1]).not.toContain('<description>')
    expect(feed).not.toContain('没有地址的稿件')
  })

  it('has no unescaped markup from the content', () => {
    const withoutTags = feed.replace(/<\/?[a-zA-Z:]+( [^<>]*)?\/?>|<\?xml[^>]*\?>/g, '')
    expect(withoutTags).not.toMatch(/[<>]/)
  })
})
