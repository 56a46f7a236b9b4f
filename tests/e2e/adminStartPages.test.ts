import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { relationId } from '@/lib/relationId'

import { newArticle } from '../helpers/adminArticleForm'
import { demoAccounts, settle } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/chromium'
import { screenshot } from '../helpers/screenshot'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const { openAs, restAs } = demoAccounts(() => browser, baseURL)

describe('the editor start page', () => {
  it('shows the current campaign, the to-do counts and the scheduled items in the calendar', async () => {
    const rest = await restAs('editor')
    // Scheduled through the admin, as an editor does: a new draft to publish at 23:59 today (Beijing)
    const page = await openAs('editor')
    const title = `日历预约 ${Date.now() % 100000}`
    await newArticle(page, baseURL, title)
    await page.click('#action-save-popup')
    await page.click('#schedule-publish')
    // A draft never published is scheduled to be published, not unpublished: 发布 is already chosen
    const chosen = page.locator('.schedule-publish__type li:has(input:checked)')
    await chosen.waitFor()
    expect((await chosen.innerText()).trim()).toBe('发布')
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
    const barred = new Set(
      [reviewer.organization, ...(reviewer.conflicts ?? [])].filter(Boolean).map((value) => String(relationId(value))),
    )
    const submitted = await editor.get('/case-submissions?where[status][equals]=submitted&limit=200&depth=0')
    const waiting = submitted.docs.find(
      (doc: { organization: string | { id: string } }) => !barred.has(String(relationId(doc.organization))),
    )
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
