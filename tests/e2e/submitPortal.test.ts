import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/chromium'
import { pngImage } from '../helpers/files'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'

const baseURL = inject('baseURL')
const PHONE = { width: 375, height: 812 }
const DESKTOP = { width: 1280, height: 900 }

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const tokenOf = async (email: string): Promise<string> => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: E2E_PASSWORD }),
  })
  return (await login.json()).token
}

/** An editor approves the unit through the REST API, as the admin's list would. */
const approveUnit = async (name: string) => {
  const auth = { Authorization: `JWT ${await tokenOf('editor@demo.local')}` }
  const found = await fetch(`${baseURL}/api/organizations?where[name][equals]=${encodeURIComponent(name)}&depth=0`, {
    headers: auth,
  })
  const [unit] = (await found.json()).docs
  expect(unit.approval).toBe('pending')
  const approved = await fetch(`${baseURL}/api/organizations/${unit.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ approval: 'approved' }),
  })
  expect(approved.status).toBe(200)
}

/** An editor assigns the demo reviewer, who returns the case with a comment, both through the REST API. */
const returnCase = async (caseId: string, comment: string) => {
  const editor = await tokenOf('editor@demo.local')
  const users = await fetch(`${baseURL}/api/users?where[email][equals]=reviewer@demo.local&depth=0`, {
    headers: { Authorization: `JWT ${editor}` },
  })
  const [reviewer] = (await users.json()).docs
  const assigned = await fetch(`${baseURL}/api/case-submissions/${caseId}`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ assignedReviewers: [reviewer.id] }),
  })
  expect(assigned.status).toBe(200)
  const returned = await fetch(`${baseURL}/api/case-submissions/${caseId}/transition`, {
    method: 'POST',
    headers: { Authorization: `JWT ${await tokenOf('reviewer@demo.local')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: 'returned', comment }),
  })
  expect(returned.status).toBe(200)
}

/** The right edge of the portal's widest element, in CSS pixels. */
const widestPortalEdge = (page: Page) =>
  page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('.portal, .portal *')].map((el) => el.getBoundingClientRect().right)),
  )

const pendingNotice = (page: Page) => page.getByText('单位注册尚待审核')

describe('the submission portal', () => {
  it('takes a new unit from registration to a submitted case on a phone', async () => {
    const stamp = Date.now().toString(36)
    const unitName = `三明市沙县区农业农村局${stamp}`
    const email = `unit-${stamp}@e2e.example.cn`
    const password = 'Unit-Password-2026'
    const context = await browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' })
    const page = await context.newPage()

    await page.goto(`${baseURL}/submit`)
    await page.getByRole('heading', { name: '正在征集' }).waitFor()
    expect(await page.locator('.call-card').count()).toBeGreaterThan(0)
    await page.getByRole('link', { name: '注册申报单位' }).click()

    await page.fill('#reg-name', unitName)
    await page.selectOption('#reg-kind', 'government-department')
    await page.selectOption('#reg-region', '350481')
    await page.fill('#reg-contact', '张敏')
    await page.fill('#reg-phone', '0598-5800000')
    await page.fill('#reg-email', email)
    await page.fill('#reg-password', password)
    await page.fill('#reg-password-confirm', 'something-else-2026')
    await page.getByRole('button', { name: '注册' }).click()
    // Refused with what was typed kept.
    await page.locator('#passwordConfirm-error', { hasText: '两次输入的密码不一致' }).waitFor()
    expect(await page.inputValue('#reg-name')).toBe(unitName)
    await page.fill('#reg-password', password)
    await page.fill('#reg-password-confirm', password)
    await page.getByRole('button', { name: '注册' }).click()

    await page.waitForURL(/\/submit\/cases/)
    await pendingNotice(page).waitFor()
    await screenshot(page, 'portal-pending-375')
    // Nothing of the portal is wider than the phone: the layout is a single column.
    await expect.poll(() => widestPortalEdge(page)).toBeLessThanOrEqual(PHONE.width)

    await approveUnit(unitName)
    await page.getByRole('button', { name: '退出登录' }).click()
    await page.waitForURL(`${baseURL}/submit`)
    await page.fill('#login-email', email)
    await page.fill('#login-password', password)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL(`${baseURL}/submit/cases`)
    expect(await pendingNotice(page).count()).toBe(0)

    await page.getByRole('link', { name: '新建案例' }).first().click()
    await page.waitForURL(/\/submit\/cases\/new/)
    expect(await widestPortalEdge(page)).toBeLessThanOrEqual(PHONE.width)
    expect(await page.inputValue('#case-campaign')).not.toBe('')
    // Refused by the collection: the error is shown in Chinese next to the form.
    await page.getByRole('button', { name: '保存草稿' }).click()
    expect(await page.locator('.form-errors').textContent()).toContain('案例名称')
    await page.fill('#case-title', '沙县小吃带动农民就业增收')
    await page.selectOption('#case-type', '创新模式')
    const region = await page.locator('#case-region option', { hasText: '永安' }).first().getAttribute('value')
    await page.selectOption('#case-region', region as string)
    const summary = '沙县小吃同业公会统一培训、统一品牌，带动农民走出去开店就业增收。'
    await page.fill('#case-summary', summary)
    await page.getByText(`已写 ${Array.from(summary).length} / 300 字`).waitFor()
    await page.fill('#case-body', '沙县小吃起源于民间。\n公会组织免费培训，统一门店形象。')
    await page.fill('#figure-0-label', '带动就业')
    await page.fill('#figure-0-value', '30000')
    await page.fill('#figure-0-unit', '人')
    await page.setInputFiles('#photo-file', {
      name: 'xiaochi.png',
      mimeType: 'image/png',
      buffer: await pngImage(800, 600),
    })
    await page.fill('#photo-alt', '沙县小吃门店')
    expect(await page.inputValue('#contact-person')).toBe('张敏')
    await page.getByRole('button', { name: '保存草稿' }).click()

    await page.waitForURL(/\/submit\/cases\/[\w-]+\?saved=1/)
    await page.getByText('草稿已保存').waitFor()
    await page.getByAltText('沙县小吃门店').waitFor()
    expect(await page.inputValue('#case-title')).toBe('沙县小吃带动农民就业增收')
    expect(await page.inputValue('#figure-0-value')).toBe('30000')

    await page.getByRole('button', { name: '提交', exact: true }).click()
    await page.waitForURL(/submitted=1/)
    await page.getByText('案例已提交').waitFor()
    expect(await page.locator('.case-status .status-badge').textContent()).toBe('已提交')
    const timeline = await page.locator('.timeline').textContent()
    expect(timeline).toContain('创建草稿')
    expect(timeline).toContain('草稿 → 已提交')
    await screenshot(page, 'portal-submitted-375')
    await page.setViewportSize(DESKTOP)
    await screenshot(page, 'portal-submitted-1280')

    await page.goto(`${baseURL}/submit/cases`)
    const row = page.locator('.case-list li', { hasText: '沙县小吃带动农民就业增收' })
    expect(await row.locator('.status-badge').textContent()).toBe('已提交')

    // A reviewer returns it: the comment is shown first, the form is open again, and 重新提交 sends it back.
    await page.setViewportSize(PHONE)
    await row.getByRole('link').click()
    const caseId = /\/submit\/cases\/([\w-]+)/.exec(page.url())?.[1] as string
    await returnCase(caseId, '请补充带动就业人数的统计口径')
    await page.reload()
    await page.getByRole('heading', { name: '审核意见：请修改后重新提交' }).waitFor()
    expect(await page.locator('.return-note').textContent()).toContain('请补充带动就业人数的统计口径')
    await page.fill('#case-summary', `${summary}人数按公会登记统计。`)
    await screenshot(page, 'portal-returned-375')
    await page.getByRole('button', { name: '重新提交' }).click()
    await page.waitForURL(/submitted=1/)
    expect(await page.locator('.case-status .status-badge').textContent()).toBe('已提交')
    const trail = await page.locator('.timeline').textContent()
    expect(trail).toContain('修改意见：请补充带动就业人数的统计口径')
    expect(trail).toContain('退回修改 → 已提交')
    expect(trail).not.toContain('reviewer')
    await context.close()
  })

  it('sends a visitor who is not logged in from the case pages to the login', async () => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage()
    await page.goto(`${baseURL}/submit/cases/new`)
    await page.waitForURL(/\/submit\?login=1/)
    await page.getByText('请先登录').waitFor()
  })
})
