import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Breadcrumb } from '@/components/article/Breadcrumb'
import { HotList } from '@/components/hot/HotList'
import { RichTextBody } from '@/components/RichTextBody'
import { ShareBox } from '@/components/share/ShareBox'

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element)

describe('article furniture', () => {
  it('leads the breadcrumb through the special report, else names the campaign', () => {
    const topic = { id: 1, title: '福建足迹', slug: 'fujian-zuji-2020' }
    const withTopic = html(createElement(Breadcrumb, { article: { topics: [topic as never], campaign: null } }))
    expect(withTopic).toContain('<a href="/topics/fujian-zuji-2020">福建足迹</a>')
    expect(
      withTopic
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean),
    ).toEqual(['首页', '福建足迹', '正文'])
    const withCampaign = html(
      createElement(Breadcrumb, { article: { topics: [], campaign: { id: 2, name: '决战脱贫攻坚' } as never } }),
    )
    expect(withCampaign).toContain('<li>决战脱贫攻坚</li>')
  })

  it('shares to WeChat by a QR code drawn on the server, and to Weibo, QQ and Qzone by their share pages', async () => {
    const url = 'https://example.cn/articles/yongan'
    const title = '永安安贞堡直播带货 & 销售额'
    const markup = html(await ShareBox({ url, title, summary: '两小时' }))
    expect(markup).toMatch(/<svg[^>]*viewBox/)
    expect(markup).toContain(`href="${url}"`)
    expect(markup).toContain('微信扫一扫')
    const hrefs = [...markup.matchAll(/href="(https:\/\/[^"]+)"/g)].map(
      (match) => new URL(match[1].replaceAll('&amp;', '&')),
    )
    const byHost = new Map(hrefs.map((href) => [href.hostname, href.searchParams]))
    for (const host of ['service.weibo.com', 'connect.qq.com', 'sns.qzone.qq.com']) {
      expect(byHost.get(host)?.get('url'), host).toBe(url)
      expect(byHost.get(host)?.get('title'), host).toBe(title)
    }
  })

  it('shows a picture in the body with its caption and credit', () => {
    const picture = {
      id: 5,
      alt: '安贞堡',
      caption: '安贞堡直播现场',
      credit: '东南网 摄',
      url: '/media/a.webp',
      mimeType: 'image/webp',
      width: 800,
      height: 450,
    }
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: picture, fields: null }],
      },
    }
    const markup = html(createElement(RichTextBody, { data: body }))
    expect(markup).toContain('<figcaption>安贞堡直播现场<span class="credit">东南网 摄</span></figcaption>')
    expect(markup).toContain('alt="安贞堡"')
  })

  it('renders the three hot lists with the first tab chosen, so they work without JavaScript', () => {
    const entry = (id: number, title: string) => ({ id, title, slug: `a${id}`, publishedAt: null, views: 1 })
    const markup = html(
      createElement(HotList, {
        lists: { threeDays: [entry(1, '三日第一')], week: [entry(2, '一周第一')], month: [] },
      }),
    )
    expect(markup.match(/type="radio"/g)).toHaveLength(3)
    expect(markup).toMatch(/id="hot-threeDays"[^>]*checked|checked[^>]*id="hot-threeDays"/)
    expect(markup).toContain('三日第一')
    expect(markup).toContain('一周第一')
    expect(markup).toContain('一月内暂无阅读数据')
  })
})
