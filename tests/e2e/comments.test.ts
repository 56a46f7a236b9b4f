import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'
import { editorRest } from './editorRest'
import { afterPendingExpiries } from './pendingExpiries'

/**
 * 我来说两句 from end to end on the demo: a reader comments on an article with a listed word in it; the editor finds
 * it in the moderation queue with the word flagged and approves it in the admin; the cached article shows it within
 * a second. A comment the editor rejects never appears.
 */
const baseURL = inject('baseURL')
const ARTICLE = '/articles/yongan-anzhenbao-livestream'
const stamp = Date.now().toString(36)
const flagged = `直播间有人招刷单，已举报（${stamp}）`
const unwanted = `不该公开的评论（${stamp}）`

let browser: Browser
let editor: Awaited<ReturnType<typeof editorRest>>

const articleHtml = async () => {
  const res = await fetch(`${baseURL}${ARTICLE}`)
  return { cache: res.headers.get('x-nextjs-cache'), html: await res.text() }
}

const commentAs = async (page: Page, body: string, name: string) => {
  await page.fill('#comment-body', body)
  await page.fill('#comment-name', name)
  await page.click('#comment-form button[type=submit]')
  await page.getByText('评论已提交，审核通过后显示。').waitFor({ timeout: 30_000 })
}

const commentId = async (body: string) => {
  const res = await editor('GET', `/comments?where[body][equals]=${encodeURIComponent(body)}&depth=0`)
  return (await res.json()).docs[0]?.id as number
}

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await editorRest(baseURL)
})
afterAll(() => browser?.close())

describe('reader comments with moderation', () => {
  it('a reader comments, the editor approves it from the queue and the cached page shows it within a second', async () => {
    // The page is served from cache throughout, with the demo's approved comments and its count (once earlier
    // tests' publishes can no longer expire it)
    await afterPendingExpiries()
    await articleHtml()
    const before = await articleHtml()
    expect(before.cache).toBe('HIT')
    expect(before.html).toContain('安贞堡的直播看了')
    expect(before.html).not.toContain('直播间有人私信招刷单') // the demo's pending comment

    const reader = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage()
    await reader.goto(`${baseURL}${ARTICLE}`)
    const count = reader.locator('a.comment-count')
    expect(await count.innerText()).toMatch(/^\d+ 条评论$/)
    await count.click()
    await commentAs(reader, flagged, '永安读者')
    await commentAs(reader, unwanted, '路人')
    await screenshot(reader, 'comment-posted-375')

    const admin = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
    await adminLogin(admin, baseURL, 'editor@demo.local', E2E_PASSWORD)
    await admin.goto(`${baseURL}/admin/collections/comments`)
    // The list opens on the queue: pending comments only, the listed word shown beside the comment
    await admin.waitForURL(/where%5Bstatus%5D%5Bequals%5D=pending|where\[status\]\[equals\]=pending/, {
      timeout: 30_000,
    })
    const row = admin.locator('tr', { hasText: flagged })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.locator('.cell-flaggedWords').innerText()).toBe('刷单')
    expect(await admin.locator('tr', { hasText: '安贞堡的直播看了' }).count()).toBe(0)
    await screenshot(admin, 'comment-queue')

    await row.locator('a').first().click()
    await admin.locator('#field-status').waitFor({ timeout: 30_000 })
    expect(await admin.locator('#field-flaggedWords').inputValue()).toBe('刷单')
    await admin.locator('#field-status .rs__control').click()
    await admin.locator('.rs__option', { hasText: '已通过' }).click()
    await admin.click('#action-save')
    await admin
      .getByText(/已成功|成功/)
      .first()
      .waitFor({ timeout: 15_000 })
    const savedAt = performance.now()

    // The approval expired the page's tag before it answered: the very next request renders the page afresh
    const first = await articleHtml()
    const shownAfterMs = performance.now() - savedAt
    expect(first.html).toContain(flagged)
    console.log(`approved comment on the cached page ${Math.round(shownAfterMs)} ms after the save`)
    expect(shownAfterMs).toBeLessThan(3_000)
    await reader.reload()
    await reader.locator('.comment', { hasText: flagged }).waitFor({ timeout: 5_000 })
    expect(await reader.locator('.comment-name', { hasText: '永安读者' }).count()).toBe(1)
    await screenshot(reader, 'comment-approved-375')

    // Rejected with a reason, through the same rules as the admin's form
    const rejected = await editor('PATCH', `/comments/${await commentId(unwanted)}`, {
      status: 'rejected',
      moderationReason: '与报道无关',
    })
    expect(rejected.status).toBe(200)

    // The rejected one: not on the page, not through the API
    expect((await articleHtml()).html).not.toContain(unwanted)
    // The reader's page as it is after the rejection, not as it was loaded before it
    await reader.reload({ waitUntil: 'networkidle' })
    expect(await reader.getByText(unwanted).count()).toBe(0)
    const asReader = await fetch(`${baseURL}/api/comments?where[body][equals]=${encodeURIComponent(unwanted)}`)
    expect((await asReader.json()).docs).toEqual([])
  })
})
