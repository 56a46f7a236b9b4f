import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('uploading in the admin', () => {
  it('refuses an HTML page named .jpg with a Chinese message, and stores nothing', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage()
    await adminLogin(page, baseURL, 'editor@demo.local', E2E_PASSWORD)
    const countBefore = (await (await page.request.get(`${baseURL}/api/media?limit=0`)).json()).totalDocs
    await page.goto(`${baseURL}/admin/collections/media/create`)
    await page.setInputFiles('input[type=file]', {
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<!doctype html><html><body>not an image</body></html>'),
    })
    await page.fill('#field-alt', '伪装成图片的网页')
    await page.click('#action-save')
    await page.getByText('不支持该文件类型').first().waitFor({ timeout: 15_000 })
    await screenshot(page, 'admin-media-refused')
    const countAfter = (await (await page.request.get(`${baseURL}/api/media?limit=0`)).json()).totalDocs
    expect(countAfter).toBe(countBefore)
  })
})

describe('admin languages', () => {
  it.each([
    ['zh-TW', '系統'],
    ['en', 'System'],
  ])('can be switched to %s', async (language, group) => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-lng', value: language, url: baseURL }])
    const page = await context.newPage()
    await adminLogin(page, baseURL, 'admin@demo.local', E2E_PASSWORD)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language)
    await page.getByText(group, { exact: true }).first().waitFor()
    await context.close()
  })
})
