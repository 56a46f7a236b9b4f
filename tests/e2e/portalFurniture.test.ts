import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { editorRest } from './editorRest'

/**
 * What a portal reader expects around the content: the masthead with channels and hot words, the footer with the
 * licence numbers, a favicon; a front page with a lead story, banners and lists; and the archives of articles,
 * special reports and livestreams. The site settings are the editors' to change, and every page follows at once.
 */
const baseURL = inject('baseURL')

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const publicCount = async (collection: string) =>
  (await (await fetch(`${baseURL}/api/${collection}?limit=0&depth=0`)).json()).totalDocs as number

describe('the portal furniture', () => {
  it('carries the channels, hot words, licence numbers, reporting contact and favicon on every page', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    for (const path of ['/', '/articles/yongan-anzhenbao-livestream', '/cases']) {
      await page.goto(`${baseURL}${path}`)
      const nav = page.getByRole('navigation', { name: '频道' })
      expect(await nav.getByRole('link', { name: '专题' }).getAttribute('href')).toBe('/topics')
      expect(await nav.getByRole('link', { name: '对口帮扶' }).getAttribute('href')).toBe('/pairing')
      expect(await page.locator('.hot-words').textContent()).toContain('闽宁协作')
      const footer = (await page.locator('footer').textContent()) ?? ''
      for (const words of [
        '闽ICP备20200709号-1',
        '35120200709',
        '闽公网安备 35010202000709号',
        '违法和不良信息举报',
        '0591-87000710',
      ]) {
        expect(footer, `${path}: ${words}`).toContain(words)
      }
    }
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
    const answer = await fetch(new URL(icon!, baseURL))
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('image/svg+xml')
  })

  it('opens with a lead story and its picture, the special reports as banners, channels and hot lists', async () => {
    for (const width of [375, 1280]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage()
      await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' })
      const lead = page.locator('.home-lead-story')
      expect(await lead.locator('img').count()).toBe(1)
      const leadLink = await lead.getAttribute('href')
      expect((await page.goto(`${baseURL}${leadLink}`))?.status()).toBe(200)
      // Back on the home page before counting (a count does not wait for the page it is asked about)
      await page.goBack({ waitUntil: 'networkidle' })
      await page.locator('.topic-banners li').first().waitFor({ timeout: 15_000 })
      expect(await page.locator('.topic-banners li').count()).toBeGreaterThan(0)
      expect(await page.locator('.topic-banners img').count()).toBeGreaterThan(0)
      for (const heading of ['最新稿件', '脱贫攻坚', '直播带货', '东西部协作', '热点排行', '直播']) {
        expect(await page.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(1)
      }
      // The lead and the headlines side by side on a desktop, one above the other on a phone
      const story = (await lead.boundingBox())!
      const headlines = (await page.locator('.home-headlines').boundingBox())!
      if (width === 1280) expect(headlines.x).toBeGreaterThan(story.x + story.width - 1)
      else expect(headlines.y).toBeGreaterThan(story.y)
      await screenshot(page, `portal-home-${width}`)
      await page.context().close()
    }
  })

  it('lists every published article, special report and livestream in its archive', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    for (const [path, collection, prefix] of [
      ['/articles', 'articles', '/articles/'],
      ['/topics', 'topics', '/topics/'],
      ['/live', 'livestream-events', '/live/'],
    ] as const) {
      const total = await publicCount(collection)
      expect(total, collection).toBeGreaterThan(0)
      const response = await page.goto(`${baseURL}${path}`)
      expect(response?.status()).toBe(200)
      const links = await page.locator(`main h2 a[href^="${prefix}"]`).count()
      expect(links, path).toBe(Math.min(total, 20))
      // Page 2 exists only when there is more than a page; past the end is a 404, never an empty page
      const beyond = await page.goto(`${baseURL}${path}/page/${Math.ceil(total / 20) + 1}`)
      expect(beyond?.status(), `${path} past its end`).toBe(404)
      await page.goto(`${baseURL}${path}`)
      await screenshot(page, `portal-archive-${collection}`)
    }
  })

  it('shows an editor’s change to the site settings on cached pages within a second or two', async () => {
    const rest = await editorRest(baseURL)
    const before = await (await rest('GET', '/globals/site-settings?depth=0')).json()
    const hotWords = [...before.hotWords.map(({ word }: { word: string }) => ({ word })), { word: '连城' }]
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    // Both pages are in the cache before the change
    for (const path of ['/', '/topics']) await page.goto(`${baseURL}${path}`)
    try {
      expect((await rest('POST', '/globals/site-settings', { hotWords })).status).toBe(200)
      for (const path of ['/', '/topics']) {
        await expect
          .poll(
            async () => {
              await page.goto(`${baseURL}${path}`)
              return page.locator('.hot-words').textContent()
            },
            { timeout: 5_000, interval: 250 },
          )
          .toContain('连城')
      }
    } finally {
      await rest('POST', '/globals/site-settings', { hotWords: hotWords.slice(0, -1) })
    }
    await page.context().close()
  })
})
