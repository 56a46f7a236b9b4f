import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/adminLogin'
import { fillPublishableFields, newArticle } from '../helpers/adminArticleForm'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'
import { editorRest } from './editorRest'
import { afterPendingExpiries } from './pendingExpiries'

const baseURL = inject('baseURL')
const TOPIC = '/topics/fujian-zuji-2020'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const editorPage = async (): Promise<Page> => {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'editor@demo.local', E2E_PASSWORD)
  return page
}

/** HH:mm in China Standard Time, `minutes` from now. */
const clockIn = (minutes: number) => {
  const at = new Date(Date.now() + minutes * 60_000)
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
}

describe('the special-report page', () => {
  it('renders every block with the demo data, then serves it from cache', async () => {
    await afterPendingExpiries()
    await fetch(`${baseURL}${TOPIC}`)
    const res = await fetch(`${baseURL}${TOPIC}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT')
    const html = await res.text()
    // The demo's layout opens with a hero block: it is the page's one banner and title, not a second one below
    expect(html).toContain('topic-banner')
    expect(html).not.toContain('block-hero')
    for (const block of [
      'statCounters',
      'caseShowcase',
      'livestreamHighlights',
      'articleList',
      'regionGrid',
      'timeline',
      'richText',
      'relatedReading',
      'video',
    ]) {
      expect(html, block).toContain(`block-${block}`)
    }
    expect(html).toContain('1838万元') // livestream total rolled up from both events
    expect(html).toContain('1438万元')
    expect(html).toContain('400万元')
    expect(html).toMatch(/<svg[^>]*>/) // the server-rendered sales chart
    expect(html).toContain('三明市')
    expect(html).toContain('古堡里开直播')
    expect(html).toContain('下党乡订单农业带动茶农增收') // an excellent case in the showcase
    expect(html).toContain('<video')
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(`${baseURL}${TOPIC}`)
    await screenshot(page, 'topic-page-1280')
  })
})

describe('an editor in the admin', () => {
  it('cannot publish an incomplete article: the notice and each field say what is missing, in Chinese', async () => {
    const page = await editorPage()
    await newArticle(page, baseURL, '缺少信息的稿件')
    await page.click('#action-save')
    await page.getByText('发布前请补全：来源、责任编辑、地区、题图。').first().waitFor({ timeout: 15_000 })
    // Each tab counts its fields in error: source, responsible editor and hero image; the region. The counts come
    // with the admin's next form-state answer, which may follow the notice by a few seconds on a busy machine.
    await expect
      .poll(() => page.locator('.tabs-field__tab-button', { hasText: '稿件信息' }).innerText(), {
        timeout: 15_000,
      })
      .toContain('3')
    await expect
      .poll(() => page.locator('.tabs-field__tab-button', { hasText: '关联' }).innerText(), {
        timeout: 15_000,
      })
      .toContain('1')
    await screenshot(page, 'admin-publish-refused')
  })

  it('writes an article, previews it live, schedules it a minute ahead, and it appears on the site then', async () => {
    const page = await editorPage()
    const title = `预约发布测试 ${Date.now() % 100000}`
    const id = await newArticle(page, baseURL, title)
    await fillPublishableFields(page)
    await page.waitForTimeout(2500) // let autosave store the draft

    await page.click('#live-preview-toggler')
    const preview = page.frameLocator('iframe.iframe-loader__iframe')
    await preview.getByText('草稿预览').waitFor({ timeout: 30_000 })
    await preview.getByRole('heading', { name: title }).waitFor()
    await screenshot(page, 'admin-live-preview')
    await page.click('#live-preview-toggler')

    const slug = (await (await page.request.get(`${baseURL}/api/articles/${id}?draft=true&depth=0`)).json()).slug
    expect((await fetch(`${baseURL}/articles/${slug}`)).status).toBe(404)

    const at = clockIn(2)
    await page.click('#action-save-popup')
    await page.click('#schedule-publish')
    await page.locator('#time input').click()
    await page.locator('.react-datepicker__day--today').click()
    await page.locator('.react-datepicker__time-list-item', { hasText: at }).first().click()
    await page.click('#scheduled-publish-save')
    // The drawer lists the new schedule under its upcoming events.
    await page.locator('.drawer table tbody tr').first().waitFor({ timeout: 15_000 })
    await screenshot(page, 'admin-scheduled')

    // Nothing restarts: the server's job ticker publishes it when due and the page cache is expired then.
    const deadline = Date.now() + 200_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(`${baseURL}/articles/${slug}`)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    expect(status).toBe(200)
    expect(await (await fetch(`${baseURL}/articles/${slug}`)).text()).toContain(title)
  }, 300_000)

  it('sees a title edit on the special-report page within one second', async () => {
    const page = await editorPage()
    const list = await (
      await page.request.get(`${baseURL}/api/articles?where[slug][equals]=yongan-anzhenbao-livestream&depth=0`)
    ).json()
    const article = list.docs[0]
    await fetch(`${baseURL}${TOPIC}`) // warm the cache
    await page.goto(`${baseURL}/admin/collections/articles/${article.id}`)
    const title = `古堡里开直播 永安山货热销 ${Date.now() % 100000}`
    await page.fill('#field-title', title)
    const saved = page.waitForResponse(
      (r) =>
        r.url().includes(`/api/articles/${article.id}`) &&
        r.request().method() === 'PATCH' &&
        !r.url().includes('autosave'),
    )
    await page.click('#action-save')
    expect((await saved).status()).toBe(200)
    const started = Date.now()
    const html = await (await fetch(`${baseURL}${TOPIC}`)).text()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(html).toContain(title)
  })
})

describe('what readers see follows the newsroom at once', () => {
  it('keeps an old address working after a slug change, and removes an unpublished page', async () => {
    const rest = await editorRest(baseURL)
    const patch = (path: string, body: unknown) => rest('PATCH', path, body)
    const list = await (
      await fetch(`${baseURL}/api/articles?where[slug][equals]=xiadang-tea-subscription&depth=0`)
    ).json()
    const article = list.docs[0]
    expect(article).toBeTruthy()
    expect((await fetch(`${baseURL}/articles/xiadang-tea-subscription`)).status).toBe(200)

    expect((await patch(`/articles/${article.id}`, { slug: 'xiadang-tea-renamed' })).status).toBe(200)
    const moved = await fetch(`${baseURL}/articles/xiadang-tea-subscription`, { redirect: 'manual' })
    expect(moved.status).toBe(308)
    expect(moved.headers.get('location')).toContain('/articles/xiadang-tea-renamed')

    expect((await patch(`/articles/${article.id}`, { _status: 'draft' })).status).toBe(200)
    const started = Date.now()
    expect((await fetch(`${baseURL}/articles/xiadang-tea-renamed`)).status).toBe(404)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
