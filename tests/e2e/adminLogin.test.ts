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

describe('each demo role signs in to a Chinese admin', () => {
  it.each(['admin', 'editor', 'reviewer', 'reviewer2', 'submitter', 'submitter2'])('%s', async (who) => {
    // An English browser still gets Chinese: Simplified Chinese is the admin's default.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const hosts = new Set<string>()
    page.on('request', (request) => hosts.add(new URL(request.url()).host))
    await adminLogin(page, baseURL, `${who}@demo.local`, E2E_PASSWORD)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh')
    await page.getByText('仪表板').first().waitFor()
    const text = await page.locator('body').innerText()
    expect(text).toContain('系统')
    expect(text).toContain('媒体')
    await screenshot(page, `admin-dashboard-${who}`)
    // Nothing in the admin calls out to a network service (the avatar is the built-in one, not gravatar).
    expect([...hosts].filter((host) => !/^(data|blob):?/.test(host) && host !== '')).toEqual([new URL(baseURL).host])
    await context.close()
  })

  it('shows what a role may manage: an admin sees accounts, a submitter does not manage them', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await adminLogin(page, baseURL, 'submitter@demo.local', E2E_PASSWORD)
    await page.goto(`${baseURL}/admin/collections/users`)
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(1)
    expect(await rows.first().innerText()).toContain('submitter@demo.local')
    await context.close()
  })

  it('refuses a wrong password in Chinese', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.fill('#field-email', 'editor@demo.local')
    await page.fill('#field-password', 'not-the-password')
    await page.click('button[type=submit]')
    // One answer for a wrong password, an unknown address and a locked account, in Chinese whatever the browser's language
    await page.getByText('电子邮箱或密码不正确').first().waitFor({ timeout: 15_000 })
    expect(page.url()).toContain('/admin/login')
    await context.close()
  })
})
