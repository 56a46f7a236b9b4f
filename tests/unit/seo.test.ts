import { describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { jsonLdScript, newsArticleJsonLd } from '@/seo/newsArticleJsonLd'
import { pageMetadata } from '@/seo/pageMetadata'
import { absoluteUrl, siteOrigin } from '@/seo/site'

const origin = 'https://news.example.cn'

const photo = {
  id: 1,
  alt: '永安市直播现场',
  url: '/api/media/file/live.jpg',
  width: 3000,
  height: 2000,
  sizes: { hero: { url: '/api/media/file/live-1600x900.jpg', width: 1600, height: 900 } },
} as unknown as Media

const article = {
  title: '安贞堡里卖山货',
  slug: 'an-zhen-bao',
  summary: '县长走进直播间。',
  publishedAt: '2020-07-09T10:00:00.000Z',
  updatedAt: '2020-07-10T02:00:00.000Z',
  reporters: ['林晓', ' 陈静 '],
  source: '福建日报',
  heroImage: photo,
  meta: {},
}

describe('the site address', () => {
  it('prefers SITE_URL, then SERVER_URL, then this machine, never with a trailing slash', () => {
    expect(siteOrigin({ SITE_URL: 'https://a.cn/', SERVER_URL: 'https://b.cn' })).toBe('https://a.cn')
    expect(siteOrigin({ SERVER_URL: 'https://b.cn' })).toBe('https://b.cn')
    expect(siteOrigin({ PORT: '4000' })).toBe('http://localhost:4000')
    expect(absoluteUrl('/cases', origin)).toBe(`${origin}/cases`)
    expect(absoluteUrl('https://cdn.cn/x.jpg', origin)).toBe('https://cdn.cn/x.jpg')
  })
})

describe('page metadata', () => {
  it('gives the canonical address, the Open Graph article and a large Twitter card from the hero image', () => {
    const meta = pageMetadata(
      {
        title: article.title,
        description: article.summary,
        path: `/articles/${article.slug}`,
        image: photo,
        article: { publishedTime: article.publishedAt, authors: article.reporters },
      },
      origin,
    )
    expect(meta.alternates?.canonical).toBe(`${origin}/articles/an-zhen-bao`)
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${origin}/articles/an-zhen-bao`,
      title: '安贞堡里卖山货',
      locale: 'zh_CN',
      publishedTime: article.publishedAt,
      images: [{ url: `${origin}/api/media/file/live-1600x900.jpg`, width: 1600, height: 900, alt: '永安市直播现场' }],
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: '安贞堡里卖山货' })
  })

  it('falls back to a small card and no description when there is neither', () => {
    const meta = pageMetadata({ title: '案例库', description: '  ', path: '/cases' }, origin)
    expect(meta.description).toBeUndefined()
    expect(meta.twitter).toMatchObject({ card: 'summary' })
    expect(meta.openGraph).toMatchObject({ type: 'website', url: `${origin}/cases` })
  })
})

describe('NewsArticle JSON-LD', () => {
  it('names the headline, dates, reporters as authors, the publisher and the image', () => {
    expect(newsArticleJsonLd(article, origin)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '安贞堡里卖山货',
      datePublished: '2020-07-09T10:00:00.000Z',
      dateModified: '2020-07-10T02:00:00.000Z',
      author: [
        { '@type': 'Person', name: '林晓' },
        { '@type': 'Person', name: '陈静' },
      ],
      publisher: { '@type': 'Organization', name: '新闻专题', url: origin },
      image: [`${origin}/api/media/file/live-1600x900.jpg`],
      mainEntityOfPage: { '@id': `${origin}/articles/an-zhen-bao` },
    })
  })

  it('credits the source when no reporter is named, and the share image when the editor chose one', () => {
    const own = { ...photo, sizes: {}, url: '/api/media/file/share.jpg' } as unknown as Media
    const data = newsArticleJsonLd({ ...article, reporters: [], meta: { image: own } }, origin)
    expect(data.author).toEqual([{ '@type': 'Organization', name: '福建日报' }])
    expect(data.image).toEqual([`${origin}/api/media/file/share.jpg`])
  })

  it('cannot close its script element early, whatever the title says', () => {
    const script = jsonLdScript(newsArticleJsonLd({ ...article, title: '标题</script><script>alert(1)</script>' }))
    expect(script).not.toContain('<')
    expect(JSON.parse(script).headline).toBe('标题</script><script>alert(1)</script>')
  })
})
