import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

/**
 * Sharing as Chinese readers do it: 微信 by a QR code on a desktop and by the phone's share sheet on a phone, 微博
 * and QQ by their share pages; 上一篇 / 下一篇 under an article; share and breadcrumb on special reports and
 * livestreams.
 */
const baseURL = inject('baseURL')
const ARTICLE = '/articles/yongan-anzhenbao-livestream'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

type Shared = { url: string; title: string }
declare global {
  interface Window {
    shared?: Shared[]
  }
}

describe('sharing', () => {
  it('offers 微信 as a QR code on a desktop, with 微博, QQ and QQ空间 links carrying the address and title', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'networkidle' })
    const box = page.locator('.share-box')
    expect(await box.locator('.qr-code svg').isVisible()).toBe(true)
    expect(await box.getByRole('button', { name: '微信' }).count()).toBe(0)
    const title = (await page.textContent('h1'))!.trim()
    for (const name of ['微博', 'QQ', 'QQ空间']) {
      const href = new URL((await box.getByRole('link', { name, exact: true }).getAttribute('href'))!)
      // The site's public address (SITE_URL, else this machine's) with the article's path
      expect(new URL(href.searchParams.get('url')!).pathname, name).toBe(ARTICLE)
      expect(href.searchParams.get('title'), name).toBe(title)
    }
    await page.context().close()
  })

  it('on a phone, opens the phone’s own share sheet instead of showing a QR code', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    // Headless Chromium has no share sheet: the page is given one that records what it was asked to share, the way
    // a phone's would receive it
    await context.addInitScript(() => {
      window.shared = []
      Object.defineProperty(navigator, 'share', {
        value: async (data: Shared) => {
          window.shared!.push({ url: data.url, title: data.title })
        },
      })
    })
    const page = await context.newPage()
    await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'networkidle' })
    const box = page.locator('.share-box')
    await box.getByRole('button', { name: '微信' }).click()
    const shared = await page.evaluate(() => window.shared)
    expect(shared).toHaveLength(1)
    expect(shared![0].title).toBe((await page.textContent('h1'))!.trim())
    expect(new URL(shared![0].url).pathname).toBe(ARTICLE)
    expect(await box.locator('.qr-code').isVisible()).toBe(false)
    await screenshot(page, 'share-375-article')
    await context.close()
  })

  it('links 上一篇 and 下一篇 to the articles published just before and after', async () => {
    const { docs } = await (
      await fetch(`${baseURL}/api/articles?sort=publishedAt&limit=100&depth=0&select[slug]=true&select[title]=true`)
    ).json()
    expect(docs.length).toBeGreaterThan(2)
    const middle = Math.floor(docs.length / 2)
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(`${baseURL}/articles/${docs[middle].slug}`)
    const neighbours = page.getByRole('navigation', { name: '上一篇和下一篇' })
    expect(await neighbours.getByRole('link').nth(0).getAttribute('href')).toBe(`/articles/${docs[middle - 1].slug}`)
    expect(await neighbours.getByRole('link').nth(1).getAttribute('href')).toBe(`/articles/${docs[middle + 1].slug}`)
    // The oldest article has no 上一篇
    await page.goto(`${baseURL}/articles/${docs[0].slug}`)
    expect(await neighbours.textContent()).toContain('上一篇：没有了')
    await page.context().close()
  })

  it('gives special reports and livestreams a breadcrumb and the same sharing', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    for (const [path, section] of [
      ['/topics/fujian-zuji-2020', '专题'],
      ['/live/yongan-2020-07-09', '直播'],
    ] as const) {
      await page.goto(`${baseURL}${path}`)
      const crumbs = page.getByRole('navigation', { name: '当前位置' })
      expect(await crumbs.getByRole('link', { name: section }).getAttribute('href')).toBe(`/${path.split('/')[1]}`)
      expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe((await page.textContent('h1'))!.trim())
      const weibo = new URL(
        (await page.locator('.share-box').getByRole('link', { name: '微博' }).getAttribute('href'))!,
      )
      expect(new URL(weibo.searchParams.get('url')!).pathname).toBe(path)
    }
    await page.context().close()
  })
})
