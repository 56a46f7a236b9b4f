import type { Page } from 'playwright-core'

/** Signs in through the admin's own login form, as a person would. */
export const adminLogin = async (page: Page, baseURL: string, email: string, password: string) => {
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(`${baseURL}/admin`, { timeout: 30_000 })
}
