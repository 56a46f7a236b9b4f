import type { Page } from 'playwright-core'

/** Picks the first option a relationship field offers for `search`. */
const chooseRelation = async (page: Page, field: string, search?: string) => {
  await page.locator(`#field-${field}`).click()
  if (search) await page.keyboard.type(search)
  const option = page.locator('.rs__option').first()
  await option.waitFor()
  await option.click()
}

/**
 * Fills what the publish guard asks for through the admin form, as an editor would: source, responsible editor,
 * hero image from the library, and a region.
 */
export const fillPublishableFields = async (page: Page, region = '永安') => {
  await page.getByRole('button', { name: '稿件信息' }).click()
  await page.fill('#field-source', '东南网')
  await chooseRelation(page, 'responsibleEditor', '郑编辑')
  await page.locator('#field-heroImage').getByRole('button', { name: '从现有中选择' }).click()
  await page.locator('.drawer table tbody tr').first().locator('button').first().click()
  await page.getByRole('button', { name: '关联' }).click()
  await chooseRelation(page, 'regions', region)
}

/** The address of a saved article's edit view: its id is a number on SQLite and a UUID on PostgreSQL. */
export const SAVED_ARTICLE_URL = /\/admin\/collections\/articles\/(?!create\b)[\w-]+(?:[?#]|$)/

/** Opens a new article in the admin and saves it as a draft with its title (autosave takes over). Returns its id. */
export const newArticle = async (page: Page, baseURL: string, title: string) => {
  await page.goto(`${baseURL}/admin/collections/articles/create`)
  await page.fill('#field-title', title)
  await page.click('#action-save-draft')
  await page.waitForURL(SAVED_ARTICLE_URL, { timeout: 30_000 })
  return new URL(page.url()).pathname.split('/').pop() as string
}
