import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCRIPT_COOKIE, TRADITIONAL } from '@/script/cookie'

import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

/**
 * Every reader route against the demo content, in Simplified and Traditional, at a phone's and a desktop's width:
 * it answers, shows the content it is for, has no serious or critical axe violation, and leaves a screenshot.
 */
const baseURL = inject('baseURL')

type Route = { name: string; path: string; simplified: string; traditional: string; status?: number }

let excellentCase: { id: number; title: string }
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
  { name: 'cases', path: '/cases', simplified: '优秀案例', traditional: '優秀案例' },
  { name: 'case', path: `/cases/${excellentCase.id}`, simplified: '申报单位', traditional: '申報單位' },
  { name: 'region', path: '/regions/350481', simplified: '永安市', traditional: '永安市' },
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
      const text = (await page.textContent('body')) ?? ''
      expect(text, `${route.name} in ${script}`).toContain(traditional ? route.traditional : route.simplified)
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
