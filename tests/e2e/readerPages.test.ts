import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCRIPT_COOKIE, TRADITIONAL } from '@/script/cookie'

import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { editorRest } from './editorRest'

/**
 * Every reader route against the demo content, in Simplified and Traditional, at a phone's and a desktop's width:
 * it answers, shows the content it is for, does not scroll sideways, has no serious or critical axe violation, and
 * leaves a screenshot.
 */
const baseURL = inject('baseURL')

type Route = { name: string; path: string; simplified: string; traditional: string; status?: number }

let excellentCase: { id: number; title: string }
let publicityCase: { id: number; title: string }
const routes = (): Route[] => [
  { name: 'home', path: '/', simplified: '活动专题', traditional: '活動專題' },
  { name: 'topic', path: '/topics/fujian-zuji-2020', simplified: '福建足迹', traditional: '福建足跡' },
  {
    name: 'article',
    path: '/articles/yongan-anzhenbao-livestream',
    simplified: '直播带货',
    traditional: '直播帶貨',
  },
  { name: 'live', path: '/live/yongan-2020-07-09', simplified: '销售额', traditional: '銷售額' },
  { name: 'articles', path: '/articles', simplified: '新闻', traditional: '新聞' },
  { name: 'topics', path: '/topics', simplified: '专题', traditional: '專題' },
  { name: 'live-archive', path: '/live', simplified: '直播', traditional: '直播' },
  { name: 'cases', path: '/cases', simplified: '优秀案例', traditional: '優秀案例' },
  { name: 'case', path: `/cases/${excellentCase.id}`, simplified: '申报单位', traditional: '申報單位' },
  { name: 'case-in-publicity', path: `/cases/${publicityCase.id}`, simplified: '公示', traditional: '公示' },
  { name: 'region', path: '/regions/350481', simplified: '永安市', traditional: '永安市' },
  { name: 'region-pairing', path: '/regions/621121', simplified: '对口帮扶', traditional: '對口幫扶' },
  { name: 'pairing', path: '/pairing', simplified: '各省（区、市）', traditional: '各省（區、市）' },
  { name: 'pairing-pair', path: '/pairing/fuqing-tongwei', simplified: '受援方', traditional: '受援方' },
  {
    name: 'search',
    path: `/search?q=${encodeURIComponent('直播带货')}`,
    simplified: '直播带货',
    traditional: '直播帶貨',
  },
  // The portal is for units filling in forms and stays in Simplified
  { name: 'submit', path: '/submit', simplified: '典型案例申报', traditional: '典型案例申报' },
  { name: 'not-found', path: '/no-such-page', simplified: '页面', traditional: '頁面', status: 404 },
]

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  const res = await fetch(
    `${baseURL}/api/case-submissions?where[status][equals]=excellent&where[publishedOnSite][equals]=true&limit=1&depth=0`,
  )
  const doc = (await res.json()).docs[0]
  excellentCase = { id: doc.id, title: doc.title }
  const proposed = await fetch(`${baseURL}/api/case-submissions?where[status][equals]=proposed&limit=1&depth=0`)
  const inPublicity = (await proposed.json()).docs[0]
  publicityCase = { id: inPublicity.id, title: inPublicity.title }
})
afterAll(() => browser?.close())

const contextFor = async (width: number, traditional: boolean): Promise<BrowserContext> => {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 812 : 900 },
    isMobile: width < 500,
    timezoneId: 'Asia/Shanghai',
  })
  if (traditional) {
    await context.addCookies([{ name: SCRIPT_COOKIE, value: TRADITIONAL, url: baseURL }])
  }
  return context
}

describe.each([
  ['简', false],
  ['繁', true],
] as const)('reader pages in %s', (script, traditional) => {
  it.each([375, 1280])('render, pass axe and look right at %i px', async (width) => {
    const context = await contextFor(width, traditional)
    const page = await context.newPage()
    const problems: string[] = []
    for (const route of routes()) {
      const response = await page.goto(`${baseURL}${route.path}`, { waitUntil: 'networkidle' })
      expect(response?.status(), route.name).toBe(route.status ?? 200)
      const text = (await page.innerText('body')) ?? ''
      expect(text, `${route.name} in ${script}`).toContain(traditional ? route.traditional : route.simplified)
      // Wider than the window means a reader pans sideways (a phone) or sees a horizontal scroll bar (a desktop)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) problems.push(`${route.name} (${script}, ${width}px): ${scrollWidth}px wide`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      for (const violation of results.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
        problems.push(
          `${route.name} (${script}, ${width}px): ${violation.id} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
        )
      }
      await screenshot(page, `reader-${route.name}-${traditional ? 'hant' : 'hans'}-${width}`)
    }
    await context.close()
    expect(problems).toEqual([])
  })
})

describe('the special report', () => {
  const TOPIC = '/topics/fujian-zuji-2020'

  it('counts the excellent cases it shows, and shows its banner and title once, below the fold line', async () => {
    const context = await contextFor(1280, false)
    const page = await context.newPage()
    await page.goto(`${baseURL}${TOPIC}`, { waitUntil: 'networkidle' })
    const shown = await page.locator('.block-cases .case-grid > li').count()
    expect(shown).toBeGreaterThan(0)
    const counter = page.locator('.stat', { hasText: '优秀案例' }).locator('dd')
    expect(await counter.textContent()).toMatch(new RegExp(`^${shown}件$`))
    // One banner picture and one heading with the report's name
    const banners = await page
      .locator('main img')
      .evaluateAll((images) => images.filter((image) => (image as HTMLImageElement).src.includes('banner')))
    expect(banners).toHaveLength(1)
    const title = (await page.textContent('h1'))!.trim()
    expect(title).toContain('福建足迹')
    expect(await page.locator('main :is(h1, h2)', { hasText: title }).count()).toBe(1)
    // The banner leaves room for the title and the first figures on the first screen
    const banner = await page.locator('.topic-banner').boundingBox()
    expect(banner!.height).toBeLessThan(900 / 2)
    expect(
      await page
        .locator('.block-stats')
        .boundingBox()
        .then((box) => box!.y),
    ).toBeLessThan(900)
    await context.close()
  })

  it('on a phone, sets its counters side by side and its chart labels at a readable size', async () => {
    const context = await contextFor(375, false)
    const page = await context.newPage()
    await page.goto(`${baseURL}${TOPIC}`, { waitUntil: 'networkidle' })
    const tops = await page
      .locator('.block-stats .stat')
      .evaluateAll((stats) => stats.map((stat) => Math.round(stat.getBoundingClientRect().top)))
    expect(tops.length).toBe(7)
    expect(new Set(tops).size).toBeLessThanOrEqual(Math.ceil(tops.length / 2))
    // The chart's words as drawn on the screen, after the picture is scaled to the column
    const labelHeights = await page
      .locator('.block-live .chart svg text')
      .evaluateAll((texts) =>
        texts
          .filter((text) => text.getBoundingClientRect().width > 0)
          .map((text) => text.getBoundingClientRect().height),
      )
    expect(labelHeights.length).toBeGreaterThan(0)
    expect(Math.min(...labelHeights)).toBeGreaterThanOrEqual(11)
    await context.close()
  })
})

describe('a case in publicity', () => {
  it('is listed in the case library, and its page shows the case before the objection form', async () => {
    const context = await contextFor(375, false)
    const page = await context.newPage()
    await page.goto(`${baseURL}/cases?status=proposed`, { waitUntil: 'networkidle' })
    expect(await page.locator('main').textContent()).toContain(publicityCase.title)
    await page.goto(`${baseURL}/cases/${publicityCase.id}`, { waitUntil: 'networkidle' })
    const above = (selector: string) =>
      page
        .locator(selector)
        .first()
        .boundingBox()
        .then((box) => box!.y)
    expect(await above('h1')).toBeLessThan(await above('.summary'))
    expect(await above('.summary')).toBeLessThan(await above('form.objection-form'))
    expect(await above('.rich-text')).toBeLessThan(await above('form.objection-form'))
    await context.close()
  })
})

describe('reader pages without JavaScript', () => {
  it('show their content and the case library filters still work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/articles/yongan-anzhenbao-livestream`)
    expect(await page.textContent('h1')).toBeTruthy()
    await page.goto(`${baseURL}/cases`)
    await page.selectOption('form.case-filter select[name="type"]', '创新模式')
    await page.click('form.case-filter button[type="submit"]')
    await page.waitForURL(/\/cases\?/)
    expect(new URL(page.url()).searchParams.get('type')).toBe('创新模式')
    expect(await page.textContent('main')).toContain('创新模式')
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('永安')}`)
    expect(await page.textContent('main')).toContain('永安')
    await context.close()
  })
})

describe('a pairing aid', () => {
  it('edited by an editor, shows on the next request on its page, the overview, the topic and the region page', async () => {
    const rest = await editorRest(baseURL)
    const paths = ['/pairing/fuqing-tongwei', '/pairing', '/topics/fujian-zuji-2020', '/regions/621121']
    const found = await (await rest('GET', '/pairing-aids?where[slug][equals]=fuqing-tongwei&depth=0')).json()
    const { id, title } = found.docs[0]
    // Each page is in the cache before the edit, so what follows shows the edit expired it
    for (const path of paths) expect((await fetch(`${baseURL}${path}`)).status, path).toBe(200)
    const edited = `${title}（${Date.now() % 100000}）`
    try {
      expect((await rest('PATCH', `/pairing-aids/${id}`, { title: edited })).status).toBe(200)
      for (const path of paths) expect(await (await fetch(`${baseURL}${path}`)).text(), path).toContain(edited)
    } finally {
      await rest('PATCH', `/pairing-aids/${id}`, { title })
    }
  })
})
