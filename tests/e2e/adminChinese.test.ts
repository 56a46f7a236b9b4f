import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SAVED_ARTICLE_URL } from '../helpers/adminArticleForm'
import { demoAccounts, latinWordsOn, settle } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const { openAs, restAs } = demoAccounts(() => browser, baseURL)

describe('the admin in Simplified Chinese', () => {
  it('shows no English word in any list or edit view, nor in the globals', async () => {
    const page = await openAs('admin')
    const links = await page.$$eval('nav a[href]', (anchors) =>
      anchors
        .map((anchor) => anchor.getAttribute('href') ?? '')
        .filter((href) => /^\/admin\/(collections|globals)\/[^/?]+$/.test(href)),
    )
    expect(links.length).toBeGreaterThan(10)
    const found: Record<string, string[]> = {}
    const check = async (where: string) => {
      await page.goto(`${baseURL}${where}`)
      await settle(page)
      const words = await latinWordsOn(page)
      if (words.length) found[where] = words
    }
    for (const link of [...new Set(links)]) {
      await check(link)
      if (link.includes('/globals/')) continue
      const first = await page
        .locator('table tbody tr')
        .first()
        .locator('a[href*="/admin/collections/"]')
        .first()
        .getAttribute('href', { timeout: 2_000 })
        .catch(() => null)
      await check(first ?? `${link}/create`)
    }
    await screenshot(page, 'admin-zh-last-view')
    expect(found).toEqual({})
  }, 300_000)

  // What a screen reader says is not on the screen: dnd-kit's instructions are hidden, its announcements live
  it('says drag and drop to screen readers in Chinese: the instructions, the rows’ role, picking up and cancelling', async () => {
    const topic = (await (await restAs('editor')).get('/topics?limit=1&depth=0')).docs[0]
    const page = await openAs('editor')
    await page.goto(`${baseURL}/admin/collections/topics/${topic.id}`)
    await settle(page)
    const spoken = () =>
      page.evaluate(() => ({
        // What each draggable row is described by
        instructions: [...document.querySelectorAll('[aria-roledescription][aria-describedby]')].map(
          (e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        ),
        roles: [...document.querySelectorAll('[aria-roledescription]')].map(
          (e) => e.getAttribute('aria-roledescription') ?? '',
        ),
        live: [...document.querySelectorAll('[id^="DndLiveRegion-"]')].map((e) => e.textContent ?? '').join(' '),
      }))
    const handle = page.locator('[aria-roledescription]').first()
    await handle.waitFor({ state: 'attached' })
    const before = await spoken()
    expect(before.instructions.length).toBeGreaterThan(0)
    expect(before.instructions[0]).toContain('空格键')
    expect(before.roles.length).toBeGreaterThan(0)
    // Esc is the key's own name, as printed on it
    for (const text of [...before.instructions, ...before.roles]) {
      expect(text.replace(/\bEsc\b/g, '')).not.toMatch(/[A-Za-z]{2,}/)
    }
    // A drag by keyboard, picked up and cancelled; the rows' ids are codes, not words
    await handle.focus()
    await page.keyboard.press('Space')
    // Picked up, then at once over its own place: the live region holds the latest
    await expect.poll(async () => (await spoken()).live).toMatch(/已拿起项目|已移到/)
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await spoken()).live).toContain('已取消拖动')
    expect((await spoken()).live.replace(/项目 \S+?(?=[。，\s]|$)/g, '')).not.toMatch(/[A-Za-z]{2,}/)
  })

  it('shows the newsroom, not Payload, on the login page and in the page title', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.locator('.site-logo').waitFor()
    expect(await page.locator('.site-logo').innerText()).toContain('新闻专题管理')
    expect(await page.title()).toContain('新闻专题管理')
    expect(await page.content()).not.toMatch(/payload-logo|graphic-logo[^"]*payload/i)
    await screenshot(page, 'admin-login-brand')
    await context.close()
  })

  it('does not create an empty draft when 新建 is opened', async () => {
    const rest = await restAs('editor')
    const before = await rest.total('/articles?draft=true')
    const page = await openAs('editor')
    for (let visit = 0; visit < 3; visit++) {
      await page.goto(`${baseURL}/admin/collections/articles/create`)
      await page.locator('#field-title').waitFor()
      await page.waitForTimeout(2_000)
      expect(page.url()).toMatch(/\/articles\/create$/)
    }
    expect(await rest.total('/articles?draft=true')).toBe(before)
    // A draft is made once the editor saves one with a title
    await page.fill('#field-title', `新建草稿 ${Date.now() % 100000}`)
    await page.click('#action-save-draft')
    await page.waitForURL(SAVED_ARTICLE_URL, { timeout: 30_000 })
    expect(await rest.total('/articles?draft=true')).toBe(before + 1)
  })
})
