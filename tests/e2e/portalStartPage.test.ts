import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { relationId } from '@/lib/relationId'

import { demoAccounts } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const { restAs } = demoAccounts(() => browser, baseURL)

describe("a unit's portal start page", () => {
  it('lists what needs the unit first: returned cases and drafts, then where the others stand', async () => {
    const rest = await restAs('submitter')
    // Its own cases only: a unit also reads other units' public cases, as any reader does
    const unit = String(relationId(rest.user.organization))
    const mine = await rest.get(`/case-submissions?where[organization][equals]=${unit}&limit=200&depth=0`)
    const needing = mine.docs.filter((doc: { status: string }) => ['returned', 'draft'].includes(doc.status))
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/submit`)
    await page.fill('#login-email', 'submitter@demo.local')
    await page.fill('#login-password', E2E_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL(`${baseURL}/submit/cases`)
    // The same to-do on the portal's start page and above the case list
    for (const path of ['/submit', '/submit/cases']) {
      await page.goto(`${baseURL}${path}`)
      const text = await page.locator('.unit-todo').innerText()
      for (const doc of needing) expect(text).toContain(doc.title)
      expect(text).toContain(`共 ${mine.totalDocs} 件`)
    }
    await screenshot(page, 'portal-unit-todo-375')
    await context.close()
  })
})
