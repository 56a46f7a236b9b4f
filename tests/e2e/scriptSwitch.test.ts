import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/chromium'

import { afterPendingExpiries } from './pendingExpiries'

const baseURL = inject('baseURL')
const TOPIC = '/topics/fujian-zuji-2020'
const ARTICLE = '/articles/yongan-anzhenbao-livestream'
const TRADITIONAL_COOKIE = 'zh-script=hant'
/** React's production hydration failures: text mismatches (418, 425), and the client re-rendering instead (423). */
const HYDRATION_ERROR = /hydrat|Minified React error #(418|419|421|422|423|425)/i

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** The Simplified page without its script nonces, which are new on every answer (src/csp/withScriptNonce.mjs). */
const simplifiedHtml = async (path: string) => {
  const res = await fetch(`${baseURL}${path}`)
  expect(res.status).toBe(200)
  return (await res.text()).replaceAll(/ nonce="[^"]*"/g, '')
}

/** A reader's tab, with every console error and page error kept. */
const readerTab = async (): Promise<{ page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { page, errors }
}

const visibleText = (page: Page) => page.locator('body').innerText()

/**
 * After a hydration mismatch React rebuilds the page on the client from the payload, which also resets the root's
 * lang to the layout's zh-CN; lang still zh-Hant once the page has settled means the server's Traditional page was
 * hydrated as it came. (Production React reports such a mismatch nowhere in the console.)
 */
const expectHydratedInTraditional = async (page: Page) => {
  await page.waitForLoadState('networkidle')
  expect(await page.getAttribute('html', 'lang'), new URL(page.url()).pathname).toBe('zh-Hant')
}

describe('the 简/繁 switch', () => {
  it('serves the Traditional page converted by phrase, payload included, varying by cookie', async () => {
    const simplified = await simplifiedHtml(ARTICLE)
    expect(simplified).toContain('直播带货')
    const res = await fetch(`${baseURL}${ARTICLE}`, { headers: { cookie: TRADITIONAL_COOKIE } })
    expect(res.status).toBe(200)
    expect(res.headers.get('vary')).toMatch(/cookie/i)
    expect(res.headers.get('content-language')).toBe('zh-Hant')
    const html = await res.text()
    expect(html).toContain('<html lang="zh-Hant"')
    expect(html).toContain('古堡裡開直播 永安山貨')
    // Not one Simplified 直播带货 left, neither in the markup nor in the server-component payload
    expect(html).toContain('self.__next_f')
    expect(html).not.toContain('直播带货')
    expect(html).toContain('直播帶貨')

    // A client-side navigation's payload request gets no content, so the router loads the page as a document
    const navigation = await fetch(`${baseURL}${ARTICLE}?_rsc=check`, {
      headers: { cookie: TRADITIONAL_COOKIE, RSC: '1', 'Sec-Fetch-Dest': 'empty' },
    })
    expect(navigation.status).toBe(204)
    expect(navigation.headers.get('vary')).toMatch(/cookie/i)
  })

  it('switches a reader to Traditional and back without hydration errors, through reloads and navigations', async () => {
    await afterPendingExpiries()
    const simplifiedBefore = await simplifiedHtml(TOPIC)
    expect(await simplifiedHtml(TOPIC)).toBe(simplifiedBefore)
    const { page, errors } = await readerTab()

    await page.goto(`${baseURL}${TOPIC}`)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    await page.getByRole('link', { name: '繁體' }).click()
    await page.waitForFunction(() => document.documentElement?.lang === 'zh-Hant')
    expect(new URL(page.url()).pathname).toBe(TOPIC)
    await expectHydratedInTraditional(page)
    expect(await visibleText(page)).toContain('直播帶貨')
    expect(await visibleText(page)).not.toContain('直播带货')

    await page.reload()
    await expectHydratedInTraditional(page)
    expect(await visibleText(page)).toContain('直播帶貨')

    await page.goto(`${baseURL}${ARTICLE}`)
    await expect.poll(() => visibleText(page)).toContain('古堡裡開直播 永安山貨')
    await expectHydratedInTraditional(page)
    // A related article's link (a client-side navigation in Simplified) opens it in Traditional as a whole page
    await page.locator('.related a[href="/articles/licheng-livestream"]').first().click()
    await page.waitForURL('**/articles/licheng-livestream')
    await expect.poll(() => page.locator('h1').innerText()).toBe('荔城風味進直播間 訪問量超300萬人次')
    await expectHydratedInTraditional(page)
    expect(await visibleText(page)).not.toContain('直播带货')
    expect(errors.filter((error) => HYDRATION_ERROR.test(error))).toEqual([])

    await page.getByRole('link', { name: '簡體' }).click()
    await page.waitForFunction(() => document.documentElement?.lang === 'zh-CN')
    expect(new URL(page.url()).pathname).toBe('/articles/licheng-livestream')
    expect(await page.locator('h1').innerText()).toBe('荔城风味进直播间 访问量超300万人次')
    await page.goto(`${baseURL}${TOPIC}`)
    expect(await visibleText(page)).toContain('直播带货')
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('zh-script')
    await page.context().close()

    // Another reader's Traditional visits leave the shared Simplified page byte for byte as it was
    expect(await simplifiedHtml(TOPIC)).toBe(simplifiedBefore)
  })
})
