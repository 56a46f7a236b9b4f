import type { Browser, Page } from 'playwright-core'

import { E2E_PASSWORD } from '../e2e/context'

import { adminLogin } from './adminLogin'

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
export const latinWordsOn = async (page: Page): Promise<string[]> => {
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
    // Letters mixed with digits are codes in the content (a test title's random suffix, an id), not words
    .replace(/\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,}\b/gi, ' ')
  // Each word with what surrounds it, so a failure says where on the page it stands
  return [...cleaned.matchAll(/[A-Za-z]{2,}/g)]
    .filter(([word]) => !ALLOWED.has(word.toLowerCase()))
    .map(({ 0: word, index }) => `${word} (…${cleaned.slice(Math.max(0, index - 12), index + word.length + 12)}…)`)
    .map((entry) => entry.replace(/\s+/g, ' '))
}

export const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  // Relationship titles and form state arrive after the first paint
  await page.waitForTimeout(400)
}

/**
 * The demo accounts (`<who>@demo.local`) on the server at baseURL: an admin page signed in through the login form, in
 * Chinese, or a REST client with the account's token. The browser is read when a page opens, as it starts in beforeAll.
 */
export const demoAccounts = (browser: () => Browser, baseURL: string) => {
  const openAs = async (who: string) => {
    const context = await browser().newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1400, height: 1000 },
    })
    const page = await context.newPage()
    await adminLogin(page, baseURL, `${who}@demo.local`, E2E_PASSWORD)
    return page
  }

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
    const total = async (path: string) =>
      (await get(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).totalDocs
    return { get, send, total, user }
  }

  return { openAs, restAs }
}
