import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { renderTemplate, startNginx, type RunningNginx } from '../../bench/nginx'
import { launchBrowser } from '../helpers/chromium'
import { freePort } from '../helpers/freePort'

import { afterPendingExpiries } from './pendingExpiries'

/**
 * The reader site's Content-Security-Policy in a real browser, from the app itself and through the shipped nginx
 * front (deploy/nginx.conf, which caches pages and adds each answer's nonce after its cache): scripts run by nonce
 * only (no 'unsafe-inline'), every page a reader reaches works under it without one violation, and a script slipped
 * into a page does not run.
 */
const appURL = inject('baseURL')
const ARTICLE = '/articles/yongan-anzhenbao-livestream'
const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0

let browser: Browser
let caseId: number
let front: RunningNginx | undefined
let frontURL = ''
const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-csp-front-'))

beforeAll(async () => {
  browser = await launchBrowser()
  const res = await fetch(`${appURL}/api/case-submissions?where[status][equals]=shortlisted&limit=1&depth=0`)
  caseId = (await res.json()).docs[0].id
  if (!hasNginx) return
  const [port, stamper] = [await freePort(), await freePort()]
  fs.chmodSync(prefix, 0o755)
  const config = renderTemplate(fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8'), {
    NEWSROOM_LISTEN: `127.0.0.1:${port}`,
    NEWSROOM_UPSTREAM: new URL(appURL).host,
    NEWSROOM_STAMPER: `127.0.0.1:${stamper}`,
  })
  front = await startNginx(prefix, config, port)
  frontURL = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await browser?.close()
  await front?.stop()
  fs.rmSync(prefix, { recursive: true, force: true })
})

const scriptPolicy = (policy: string | null) =>
  (policy ?? '')
    .split(/[;,]/)
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src'))

/** The nonce a page's policy allows, after checking the policy and that every script tag of the page carries it. */
const checkedNonce = async (res: Response, label: string) => {
  const policy = res.headers.get('content-security-policy')
  const script = scriptPolicy(policy)
  expect(script, label).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]{24,}' 'strict-dynamic'$/)
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) {
    expect(policy, label).toContain(directive)
  }
  const nonce = script!.match(/'nonce-([^']+)'/)![1]
  const scripts = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((tag) => tag[0])
  expect(scripts.length, label).toBeGreaterThan(0)
  for (const tag of scripts) expect(tag, label).toContain(` nonce="${nonce}"`)
  return nonce
}

/**
 * A reader's tab that keeps every policy violation it reports, as a DOM event or as Chromium's console error. Each
 * tab names its own address (the app trusts X-Real-IP from this loopback client), so its vote is its own.
 */
const readerTab = async (cookie?: { name: string; value: string; url: string }) => {
  const context = await browser.newContext({
    extraHTTPHeaders: { 'X-Real-IP': `10.${(Date.now() >> 16) & 255}.${(Date.now() >> 8) & 255}.${Date.now() & 255}` },
  })
  if (cookie) await context.addCookies([cookie])
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      )
    })
  })
  return { page, violations }
}

/** React has taken over the page: its elements carry React's instance keys once hydrated. */
const hydrated = (page: Page) =>
  page.waitForFunction(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')))

describe('the reader site’s Content-Security-Policy', () => {
  it('allows scripts by a fresh nonce only, while the pages stay in Next’s cache', async () => {
    // Earlier tests' publishes expire pages again a few seconds later
    await afterPendingExpiries()
    const nonces = new Set<string>()
    for (const page of ['/', ARTICLE, ARTICLE, `/cases/${caseId}`, '/search?q=永安', '/submit']) {
      nonces.add(await checkedNonce(await fetch(`${appURL}${page}`), page))
    }
    expect(nonces.size).toBe(6)
    // The article again, from Next's cache and with a nonce of its own: the nonce is added after the cache
    const again = await fetch(`${appURL}${ARTICLE}`)
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
    await again.body?.cancel()
    // The portal keeps its frame-ancestors beside the reader policy
    const portal = await fetch(`${appURL}/submit`)
    expect(portal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    await portal.body?.cancel()
  })

  it.skipIf(!hasNginx)('gives each answer from the nginx front’s cache a nonce of its own', async () => {
    const nonces = new Set<string>()
    const cache: (string | null)[] = []
    for (let n = 0; n < 3; n++) {
      const res = await fetch(`${frontURL}${ARTICLE}`)
      cache.push(res.headers.get('x-cache-status'))
      nonces.add(await checkedNonce(res, `${ARTICLE} through the front`))
    }
    expect(cache).toContain('HIT')
    expect(nonces.size).toBe(3)
    const portal = await fetch(`${frontURL}/submit`)
    expect(portal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    await checkedNonce(portal, '/submit through the front')
  })

  // Through the front the portal's login is not tried: nginx passes the host without its port (it listens on port 80
  // in production, on a random one here), and Next refuses a server action whose origin names another.
  describe.each<{ name: string; base: () => string; tryLogin: boolean }>([
    { name: 'from the app itself', base: () => appURL, tryLogin: true },
    ...(hasNginx ? [{ name: 'through the nginx front', base: () => frontURL, tryLogin: false }] : []),
  ])('$name', ({ base, tryLogin }) => {
    it('runs the home page, an article, a case, search and the portal without a violation, scripts and all', async () => {
      const { page, violations } = await readerTab()

      await page.goto(`${base()}/`)
      await hydrated(page)

      await page.goto(`${base()}${ARTICLE}`)
      await hydrated(page)
      await page.locator('.font-size-switch button', { hasText: '大' }).click()
      await expect.poll(() => page.getAttribute('html', 'data-font-size')).toBe('large')

      await page.goto(`${base()}/cases/${caseId}`)
      await hydrated(page)
      const before = Number(await page.textContent('[data-testid=vote-count]'))
      // The vote needs a proof of work, which the page's scripts compute in the browser. The count shown comes from
      // the cached page and the one after the vote from the server, so it rises by at least this vote.
      await page.getByRole('button', { name: '为该案例投票' }).click()
      await expect
        .poll(async () => Number(await page.textContent('[data-testid=vote-count]')), { timeout: 30_000 })
        .toBeGreaterThan(before)

      await page.goto(`${base()}/search?q=${encodeURIComponent('永安')}`)
      await hydrated(page)

      await page.goto(`${base()}/submit`)
      await hydrated(page)
      if (tryLogin) {
        await page.fill('#login-email', 'nobody@example.cn')
        await page.fill('#login-password', 'Wrong-Password-2026')
        await page.getByRole('button', { name: '登录' }).click()
        await expect.poll(() => page.locator('.portal-form').textContent()).toContain('电子邮箱或密码不正确')
      }

      expect(violations).toEqual([])
      await page.context().close()
    })

    it('runs a page converted to Traditional without a violation', async () => {
      const { page, violations } = await readerTab({ name: 'zh-script', value: 'hant', url: base() })
      await page.goto(`${base()}${ARTICLE}`)
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant')
      await hydrated(page)
      await page.locator('.font-size-switch button', { hasText: '小' }).click()
      await expect.poll(() => page.getAttribute('html', 'data-font-size')).toBe('small')
      expect(violations).toEqual([])
      await page.context().close()
    })

    it('does not run a script or handler slipped into a page without the nonce', async () => {
      const { page, violations } = await readerTab()
      // As if an article's body had got raw markup past React's escaping
      await page.route(`${base()}${ARTICLE}`, async (route) => {
        const response = await route.fetch()
        const body = (await response.text()).replace(
          '</main>',
          '<script>window.injected = true</script><img src="/no.png" onerror="window.injectedHandler = true"></main>',
        )
        // The body is handed over decoded, so it goes out without the server's encoding and length
        const headers = Object.fromEntries(
          Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
        )
        await route.fulfill({ response, body, headers })
      })
      await page.goto(`${base()}${ARTICLE}`)
      await hydrated(page)
      expect(await page.evaluate(() => 'injected' in window || 'injectedHandler' in window)).toBe(false)
      expect(violations.some((text) => text.includes('script-src'))).toBe(true)
      await page.context().close()
    })
  })
})
