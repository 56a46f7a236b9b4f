import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/chromium'
import { pngImage } from '../helpers/files'
import { readMailFolder, waitForMail } from '../helpers/mailFolder'
import { screenshot } from '../helpers/screenshot'

import { E2E_PASSWORD } from './context'

/**
 * The case call from end to end, in a real browser against the demo: a unit registers and submits; a reviewer returns
 * the case, the unit fixes and resubmits; two reviewers shortlist and score; readers vote; the editor proposes it from
 * the ranking; a reader objects and the editor dismisses the objection; the publicity period ends; the editor declares
 * it excellent and it shows on the topic page. Every step must leave an audit event and an email.
 * Only what has no screen of its own (approving the unit, assigning reviewers, scoring, the passing of a week) goes
 * through the REST API.
 */
const baseURL = inject('baseURL')
const mailDir = inject('mailDir')
const TOPIC = '/topics/fujian-zuji-2020'
const stamp = Date.now().toString(36)
const unit = {
  name: `将乐县万全乡人民政府（${stamp}）`,
  contact: '廖春生',
  phone: '0598-2300000',
  email: `wanquan-${stamp}@example.cn`,
  password: 'Wanquan-Portal-2026',
}
const title = `万全乡“稻鱼共生”带动脱贫户增收（${stamp}）`

let browser: Browser
const tokens: Record<string, string> = {}
let caseId: number | string

const api = async (method: string, path: string, who?: string, body?: unknown) => {
  const res = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: {
      ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, data: await res.json().catch(() => null) }
}

const staffPage = async (email: string): Promise<Page> => {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, email, E2E_PASSWORD)
  return page
}

const statusOf = async () => (await api('GET', `/case-submissions/${caseId}?depth=0`, 'editor')).data.status

/** Presses one of the workflow buttons in the case's admin sidebar and waits for the status to change. */
const moveInAdmin = async (page: Page, to: string, comment = '') => {
  await page.goto(`${baseURL}/admin/collections/case-submissions/${caseId}`)
  const button = page.locator(`#case-transition-${to}`)
  await button.waitFor({ timeout: 30_000 })
  if (comment) await page.fill('#case-workflow-comment', comment)
  await button.click()
  await expect.poll(statusOf, { timeout: 15_000 }).toBe(to)
}

beforeAll(async () => {
  browser = await launchBrowser()
  for (const who of ['editor', 'reviewer', 'reviewer2']) {
    const res = await api('POST', '/users/login', undefined, { email: `${who}@demo.local`, password: E2E_PASSWORD })
    tokens[who] = res.data.token
  }
})
afterAll(() => browser?.close())

describe('the case call, from registration to the special report', () => {
  let unitPage: Page

  it('a unit registers on a phone and waits for approval', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      timezoneId: 'Asia/Shanghai',
    })
    unitPage = await context.newPage()
    await unitPage.goto(`${baseURL}/submit/register`)
    await unitPage.fill('#reg-name', unit.name)
    await unitPage.selectOption('#reg-kind', { index: 1 })
    await unitPage.selectOption('#reg-region', { label: '福建省三明市将乐县' }).catch(async () => {
      await unitPage.selectOption('#reg-region', { index: 1 })
    })
    await unitPage.fill('#reg-contact', unit.contact)
    await unitPage.fill('#reg-phone', unit.phone)
    await unitPage.fill('#reg-email', unit.email)
    await unitPage.fill('#reg-password', unit.password)
    await unitPage.fill('#reg-password-confirm', unit.password)
    await unitPage.getByRole('button', { name: '注册' }).click()
    await unitPage.waitForURL(/\/submit\/cases/, { timeout: 30_000 })
    await expect.poll(() => unitPage.innerText('body')).toContain('审核')
    await screenshot(unitPage, 'journey-375-registered')
  })

  it('the editor approves the unit, which then submits a case with a photo', async () => {
    const found = await api('GET', `/organizations?where[name][equals]=${encodeURIComponent(unit.name)}`, 'editor')
    expect(found.data.docs).toHaveLength(1)
    expect(found.data.docs[0].approval).toBe('pending')
    const approve = await api('PATCH', `/organizations/${found.data.docs[0].id}`, 'editor', { approval: 'approved' })
    expect(approve.status).toBe(200)

    await unitPage.goto(`${baseURL}/submit/cases/new`)
    await unitPage.fill('#case-title', title)
    await unitPage.selectOption('#case-type', '创新模式')
    await unitPage.selectOption('#case-region', { index: 1 })
    await unitPage.fill('#case-summary', '万全乡推广稻田养鱼，合作社统一供苗、统一收购，脱贫户每亩增收明显。')
    await unitPage.fill(
      '#case-body',
      '万全乡山多田少，过去单季稻收益有限。\n\n乡里组织合作社推广“稻鱼共生”，统一供苗、统一技术指导、统一收购。',
    )
    await unitPage.setInputFiles('#photo-file', {
      name: 'daoyu.png',
      mimeType: 'image/png',
      buffer: await pngImage(1200, 800),
    })
    await unitPage.fill('#photo-alt', '稻田里的鱼苗')
    await unitPage.fill('#contact-person', unit.contact)
    await unitPage.fill('#contact-phone', unit.phone)
    await unitPage.fill('#contact-email', unit.email)
    await unitPage.getByRole('button', { name: '保存草稿' }).click()
    await unitPage.waitForURL(/\/submit\/cases\/[^/?]+\?saved=1/, { timeout: 30_000 })
    // The id as the API gives it (a number on SQLite, a UUID on PostgreSQL), so the bodies below send it as it is
    const fromAddress = new URL(unitPage.url()).pathname.split('/').pop() as string
    caseId = (await api('GET', `/case-submissions/${fromAddress}?depth=0`, 'editor')).data.id
    expect(await statusOf()).toBe('draft')

    await unitPage.getByRole('button', { name: '提交', exact: true }).click()
    await unitPage.waitForURL(/submitted=1/, { timeout: 30_000 })
    await expect.poll(() => unitPage.innerText('body')).toContain('已提交')
    expect(await statusOf()).toBe('submitted')
    await screenshot(unitPage, 'journey-375-submitted')
  })

  it('a reviewer returns it with a comment; the unit fixes it and resubmits', async () => {
    const reviewers = await api('GET', '/users?where[roles][contains]=reviewer&limit=10&depth=0', 'editor')
    const ids = reviewers.data.docs
      .filter((user: { email: string }) => ['reviewer@demo.local', 'reviewer2@demo.local'].includes(user.email))
      .map((user: { id: number }) => user.id)
    expect(ids).toHaveLength(2)
    expect((await api('PATCH', `/case-submissions/${caseId}`, 'editor', { assignedReviewers: ids })).status).toBe(200)

    const reviewer = await staffPage('reviewer@demo.local')
    await moveInAdmin(reviewer, 'returned', '请补充带动脱贫户的户数和增收数据。')
    await screenshot(reviewer, 'journey-1400-returned')

    await unitPage.goto(`${baseURL}/submit/cases/${caseId}`)
    await expect.poll(() => unitPage.innerText('body')).toContain('请补充带动脱贫户的户数和增收数据。')
    // The unit learns what to change, never who asked
    expect(await unitPage.innerText('body')).not.toContain('黄审核')
    await unitPage.fill('#case-summary', '万全乡推广稻田养鱼，带动脱贫户126户，每亩增收约1500元。')
    await unitPage.getByRole('button', { name: '重新提交', exact: true }).click()
    await expect.poll(statusOf, { timeout: 15_000 }).toBe('submitted')
  })

  it('the reviewer shortlists it and both reviewers score it', async () => {
    const reviewer = await staffPage('reviewer@demo.local')
    await moveInAdmin(reviewer, 'shortlisted')
    for (const [who, base] of [
      ['reviewer', 8],
      ['reviewer2', 9],
    ] as const) {
      const res = await api('POST', '/case-reviews', who, {
        case: caseId,
        scores: { typicality: base, innovation: base, effectiveness: base, replicability: base - 1 },
        comment: '模式可复制，数据翔实。',
      })
      expect(res.status, `${who}: ${JSON.stringify(res.data)}`).toBe(201)
    }
  })

  it('readers vote on the case page, once a day each', async () => {
    for (const reader of [1, 2]) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true })
      const page = await context.newPage()
      await page.goto(`${baseURL}/cases/${caseId}`)
      // Each press first answers a proof of work in the browser (a fraction of a second, longer on a busy machine)
      await page.getByRole('button', { name: '为该案例投票' }).click()
      await expect.poll(() => page.textContent('[data-testid=vote-count]'), { timeout: 15_000 }).toBe(String(reader))
      await page.getByRole('button', { name: '为该案例投票' }).click()
      await expect.poll(() => page.textContent('.case-vote-message'), { timeout: 15_000 }).toContain('每天只能投 1 票')
      if (reader === 1) await screenshot(page, 'journey-375-vote')
      await context.close()
    }
  })

  it('the editor proposes it from the ranking, starting the publicity period', async () => {
    const editor = await staffPage('editor@demo.local')
    const campaign = (await api('GET', `/case-submissions/${caseId}?depth=0`, 'editor')).data.campaign
    await editor.goto(`${baseURL}/admin/collections/campaigns/${campaign}`)
    await editor.getByRole('button', { name: /评审排名/ }).click()
    const row = editor.locator(`tr[data-case="${caseId}"]`)
    await row.waitFor({ timeout: 30_000 })
    // Both parts of the blended score are on show: 2 reviews averaging 8.5 minus a point on replicability
    await expect.poll(() => row.textContent()).toContain('8.25')
    await screenshot(editor, 'journey-1400-ranking')
    await row.getByRole('button', { name: '拟入选' }).click()
    await expect.poll(statusOf, { timeout: 15_000 }).toBe('proposed')
  })

  it('a reader objects during publicity and the editor dismisses it with a reason', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseURL}/cases/${caseId}`)
    await page.fill('#objection-name', '王先生')
    await page.fill('#objection-contact', `objector-${stamp}@example.cn`)
    await page.fill('#objection-reason', '案例中带动户数与乡里公布的数字不一致，请核实。')
    await page.getByRole('button', { name: '提交异议' }).click()
    // The confirmation the reader sees (the words also travel in the page's script data, so not the body's text)
    await page.getByRole('status').filter({ hasText: '您的异议已提交' }).waitFor({ timeout: 30_000 })
    await context.close()

    const objections = await api('GET', `/case-objections?where[case][equals]=${caseId}`, 'editor')
    expect(objections.data.docs).toHaveLength(1)
    const editor = await staffPage('editor@demo.local')
    await editor.goto(`${baseURL}/admin/collections/case-objections/${objections.data.docs[0].id}`)
    await editor.fill('#objection-decision-reason', '经核实，126户为2020年底数据，与公布口径一致。')
    await editor.click('#objection-dismiss')
    await expect
      .poll(async () => (await api('GET', `/case-objections/${objections.data.docs[0].id}`, 'editor')).data.status)
      .toBe('dismissed')
  })

  it('after publicity the editor declares it excellent and it shows on the special report', async () => {
    // A week passes: the publicity period is moved into the past rather than waited for
    const ended = new Date(Date.now() - 1000).toISOString()
    expect((await api('PATCH', `/case-submissions/${caseId}`, 'editor', { publicityEndsAt: ended })).status).toBe(200)
    const editor = await staffPage('editor@demo.local')
    await moveInAdmin(editor, 'excellent')

    const reader = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await reader.goto(`${baseURL}${TOPIC}`)
    const showcase = reader.locator('.block-cases')
    await expect.poll(() => showcase.textContent()).toContain(title)
    await screenshot(reader, 'journey-1280-topic-showcase')
    await reader.locator('.block-cases').getByRole('link', { name: title }).click()
    await expect.poll(() => reader.textContent('h1')).toBe(title)
    expect(await reader.innerText('body')).toContain('优秀案例')
  })

  it('every step left an audit event and an email', async () => {
    const trail = await api('GET', `/audit-events?where[case][equals]=${caseId}&sort=at&depth=0&limit=50`, 'editor')
    expect(trail.data.docs.map((event: { from: string; to: string }) => `${event.from}→${event.to}`)).toEqual([
      'draft→submitted',
      'submitted→returned',
      'returned→submitted',
      'submitted→shortlisted',
      'shortlisted→proposed',
      'proposed→excellent',
    ])
    for (const event of trail.data.docs) expect(event.actor, `${event.from}→${event.to}`).toBeTruthy()

    const label = (to: string) =>
      ({ submitted: '已提交', returned: '退回修改', shortlisted: '入围', proposed: '拟入选', excellent: '优秀案例' })[
        to
      ]
    for (const event of trail.data.docs) {
      await waitForMail(
        mailDir,
        (mail) => mail.to.includes(unit.email) && mail.subject.includes(`【${label(event.to)}】`),
      )
    }
    const toUnit = (await readMailFolder(mailDir)).filter(
      (mail) => mail.to.includes(unit.email) && mail.subject.includes(title),
    )
    expect(toUnit.filter((mail) => mail.subject.startsWith('【已提交】'))).toHaveLength(2)
    for (const mail of toUnit) expect(mail.text, mail.subject).not.toMatch(/黄审核|许专家|reviewer@demo\.local/)
    const returned = toUnit.find((mail) => mail.subject.startsWith('【退回修改】'))
    expect(returned?.text).toContain('请补充带动脱贫户的户数和增收数据。')

    // Reviewers heard of the assignment and of the resubmission, editors of the shortlisting and the objection
    await waitForMail(mailDir, (mail) => mail.to.includes('reviewer2@demo.local') && mail.subject.includes(title))
    await waitForMail(
      mailDir,
      (mail) => mail.to.includes('editor@demo.local') && mail.subject.includes('入围') && mail.subject.includes(title),
    )
    await waitForMail(
      mailDir,
      (mail) => mail.to.includes('editor@demo.local') && mail.subject.includes('异议') && mail.subject.includes(title),
    )
    await waitForMail(mailDir, (mail) => mail.to.includes(`objector-${stamp}@example.cn`))
  })
})
