import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SAVED_ARTICLE_URL } from '../helpers/adminArticleForm'
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

/**
 * Latin words an editor may meet in a Chinese admin: names of formats, standards and products, and codes. Anything
 * else in Latin letters is an untranslated label.
 */
const ALLOWED = new Set(
  [
    'SEO',
    'URL',
    'ID',
    'PDF',
    'Word',
    'docx',
    'Excel',
    'XLSX',
    'xlsx',
    'CSV',
    'UTC',
    'JSON',
    'API',
    'ICP',
    'RSS',
    'HTML',
    'QQ',
    'PNG',
    'JPG',
    'JPEG',
    'SVG',
    'GIF',
    'WebP',
    'MP4',
    'MB',
    'KB',
    'GB',
    'px',
    'alt',
    'slug',
    'IP',
    'Payload',
    'CMS',
  ].map((word) => word.toLowerCase()),
)

/** Content, not the admin's words: table cells, field values, the document's title, rich text, code. */
const CONTENT = [
  'table tbody',
  'textarea',
  '[contenteditable]',
  '.rs__value-container',
  '.doc-header__title',
  '.render-title',
  '.step-nav',
  '.collection-list__no-results',
  'script',
  'style',
  'code',
  '.toast',
  '.file-details',
  '.thumbnail',
]

/**
 * The admin's own words on the page: labels, headings, buttons, descriptions. Content is left out (table cells,
 * field values, the document's title, rich text), as are addresses, e-mails, file names and slugs in the text.
 */
const latinWordsOn = async (page: Page): Promise<string[]> => {
  const text = await page.evaluate((content) => {
    // The live page, not a copy: only text a person sees counts (a copy has no layout, so hidden text would count)
    const words: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest(content) || !parent.checkVisibility({ visibilityProperty: true })) continue
      words.push(node.textContent ?? '')
    }
    for (const field of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))
      if (field.checkVisibility()) words.push(field.placeholder)
    return words.join(' ')
  }, CONTENT.join(', '))
  const cleaned = text
    .replace(/https?:\/\/\S*/g, ' ')
    // MIME types (image/jpeg) and site paths (/articles) are codes
    .replace(/\b[a-z]+\/[a-z0-9.+-]+/gi, ' ')
    .replace(/\/[\w/.-]+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[\w.-]+\.(jpe?g|png|gif|webp|svg|pdf|docx|xlsx|csv|mp4)\b/gi, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
  // Each word with what surrounds it, so a failure says where on the page it stands
  return [...cleaned.matchAll(/[A-Za-z]{2,}/g)]
    .filter(([word]) => !ALLOWED.has(word.toLowerCase()))
    .map(({ 0: word, index }) => `${word} (…${cleaned.slice(Math.max(0, index - 12), index + word.length + 12)}…)`)
    .map((entry) => entry.replace(/\s+/g, ' '))
}

const openAs = async (who: string) => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 1000 },
  })
  const page = await context.newPage()
  await adminLogin(page, baseURL, `${who}@demo.local`, E2E_PASSWORD)
  return page
}

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  // Relationship titles and form state arrive after the first paint
  await page.waitForTimeout(400)
}

/** A relation's id, whether the answer carried the id or the related document. */
const idOf = (value: unknown) => String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)

const restAs = async (who: string) => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${who}@demo.local`, password: E2E_PASSWORD }),
  })
  const { token, user } = await login.json()
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const get = (path: string) => send('GET', path)
  const total = async (path: string) => (await get(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).totalDocs
  return { get, send, total, user }
}

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

describe('the editor start page', () => {
  it('shows the current campaign, the to-do counts and the scheduled items in the calendar', async () => {
    const rest = await restAs('editor')
    // Scheduled through the admin, as an editor does: a new draft to publish at 23:59 today (Beijing)
    const page = await openAs('editor')
    const title = `日历预约 ${Date.now() % 100000}`
    await page.goto(`${baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', title)
    await page.click('#action-save-draft')
    await page.waitForURL(SAVED_ARTICLE_URL, { timeout: 30_000 })
    await page.click('#action-save-popup')
    await page.click('#schedule-publish')
    // Payload's drawer proposes 取消发布 for a draft never published: the editor picks 发布, the first choice
    await page.locator('.schedule-publish__type li').first().locator('label').click()
    await page.locator('#time input').click()
    await page.locator('.react-datepicker__day--today').click()
    await page.locator('.react-datepicker__time-list-item', { hasText: '23:59' }).first().click()
    await page.click('#scheduled-publish-save')
    await page.locator('.drawer table tbody tr').first().waitFor({ timeout: 15_000 })

    await page.goto(`${baseURL}/admin`)
    await page.locator('#editorial-calendar').waitFor()
    const campaign = (await rest.get('/campaigns?sort=-caseCall.submissionOpens,-year,-createdAt&limit=1&depth=0'))
      .docs[0]
    expect(await page.locator('.start-page__title').first().innerText()).toContain(campaign.name)
    const figure = (id: string) => page.locator(`[data-figure="${id}"] .start-figure__value`).innerText()
    for (const status of ['submitted', 'shortlisted', 'proposed', 'excellent']) {
      const expected = await rest.total(
        `/case-submissions?where[status][equals]=${status}&where[campaign][equals]=${campaign.id}`,
      )
      expect(await figure(`cases-${status}`), status).toBe(String(expected))
    }
    expect(await figure('objections-pending')).toBe(
      String(await rest.total('/case-objections?where[status][equals]=pending')),
    )
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    expect(await figure('votes-today')).toBe(
      String(await rest.total(`/case-votes?where[day][equals]=${today}&where[voided][not_equals]=true`)),
    )
    expect(await figure('livestream-events')).toBe(String(await rest.total('/livestream-events')))

    expect(await page.locator('#scheduled-publications').innerText()).toContain(title)
    const day = Number(today.slice(8))
    const cell = page.locator(`#editorial-calendar td[data-day="${day}"] li[data-kind="scheduled"]`)
    // On failure, what the editor saw: the scheduled list (with its times) and the calendar
    const seen = `${await page.locator('#scheduled-publications').innerText()}\n${await page.locator('#editorial-calendar').innerText()}`
    expect(await cell.allInnerTexts(), seen).toEqual(expect.arrayContaining([expect.stringContaining(title)]))
    await screenshot(page, 'admin-start-editor')
  })
})

describe('a reviewer', () => {
  it('sees what is assigned and left to score, and scores from there with the rubric and the case beside it', async () => {
    const rest = await restAs('reviewer')
    // Every shortlisted demo case is scored already: the editor assigns a submitted one, the reviewer shortlists it
    const editor = await restAs('editor')
    // One the reviewer may review: not from its own unit nor from a unit it declared a conflict with
    const reviewer = await editor.get(`/users/${rest.user.id}?depth=0`)
    const barred = new Set([reviewer.organization, ...(reviewer.conflicts ?? [])].filter(Boolean).map(idOf))
    const submitted = await editor.get('/case-submissions?where[status][equals]=submitted&limit=200&depth=0')
    const waiting = submitted.docs.find((doc: { organization: unknown }) => !barred.has(idOf(doc.organization)))
    await editor.send('PATCH', `/case-submissions/${waiting.id}`, {
      assignedReviewers: [...(waiting.assignedReviewers ?? []), rest.user.id],
    })
    await rest.send('POST', `/case-submissions/${waiting.id}/transition`, { to: 'shortlisted' })
    const assigned = await rest.total(`/case-submissions?where[assignedReviewers][in]=${rest.user.id}`)
    const mine = await rest.get(`/case-reviews?where[reviewer][equals]=${rest.user.id}&limit=200&depth=0`)
    const scored = new Set(mine.docs.map((review: { case: number }) => String(review.case)))
    const open = await rest.get(
      `/case-submissions?where[assignedReviewers][in]=${rest.user.id}&where[status][equals]=shortlisted&limit=200&depth=0`,
    )
    const left = open.docs.filter((doc: { id: number }) => !scored.has(String(doc.id)))

    const page = await openAs('reviewer')
    await page.locator('[data-figure="assigned-to-me"]').waitFor()
    const figure = (id: string) => page.locator(`[data-figure="${id}"] .start-figure__value`).innerText()
    expect(await figure('assigned-to-me')).toBe(String(assigned))
    expect(await figure('to-score')).toBe(String(left.length))
    expect(await figure('scored')).toBe(String(scored.size))
    await screenshot(page, 'admin-start-reviewer')
    expect(left.length).toBeGreaterThan(0)

    await page.locator('#cases-to-score a', { hasText: '去评分' }).first().click()
    await page.waitForURL(/\/case-reviews\/create\?case=/)
    const chosen = new URL(page.url()).searchParams.get('case')
    const chosenTitle = left.find((doc: { id: number }) => String(doc.id) === chosen).title
    await page.locator('.review-guide__case', { hasText: chosenTitle }).waitFor({ timeout: 15_000 })
    expect(await page.locator('.review-guide').innerText()).toContain('典型性')
    // The case list offers only what is left to score
    // The select itself: the field also holds the rubric and the case below it
    await page.locator('#field-case .rs__control').click()
    await page.locator('.rs__option').first().waitFor()
    const offered = await page.locator('.rs__option').allInnerTexts()
    expect(offered.sort()).toEqual(left.map((doc: { title: string }) => doc.title).sort())
    await screenshot(page, 'admin-review-form')
  })

  it('sees names, not 无标题, on reviews, and no ranking tab it may not use', async () => {
    const page = await openAs('reviewer')
    await page.goto(`${baseURL}/admin/collections/case-reviews`)
    await settle(page)
    const list = await page.locator('.collection-list').innerText()
    expect(list).not.toContain('无标题')
    const rest = await restAs('reviewer')
    const campaign = (await rest.get('/campaigns?limit=1&depth=0')).docs[0]
    await page.goto(`${baseURL}/admin/collections/campaigns/${campaign.id}`)
    await page.locator('.tabs-field__tab-button').first().waitFor()
    // Only the tabs shown count: a hidden tab stays in the page, and innerText reads a hidden element's text too
    expect(await page.locator('.tabs-field__tab-button:visible').allInnerTexts()).not.toContain('评审排名')
    const editor = await openAs('editor')
    await editor.goto(`${baseURL}/admin/collections/campaigns/${campaign.id}`)
    await editor.locator('.tabs-field__tab-button', { hasText: '评审排名' }).waitFor()
  })
})

describe("a unit's portal start page", () => {
  it('lists what needs the unit first: returned cases and drafts, then where the others stand', async () => {
    const rest = await restAs('submitter')
    // Its own cases only: a unit also reads other units' public cases, as any reader does
    const unit = idOf(rest.user.organization)
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
