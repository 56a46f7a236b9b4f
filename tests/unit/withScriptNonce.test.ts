import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NONCE_LATER_HEADER, NONCE_PLACEHOLDER, readerPolicy } from '@/csp/readerPolicy.mjs'
import { mayBeReaderPage, withScriptNonce } from '@/csp/withScriptNonce.mjs'

const PAGE = '<html><head><script src="/_next/a.js"></script></head><body>新闻<script>self.x=1</script></body></html>'

/** server.mjs with a stand-in for Next: the page in two chunks, as Next streams it, under the headers Next sets. */
let base = ''
const seen: http.IncomingHttpHeaders[] = []
const server = http.createServer((req, res) => {
  if (mayBeReaderPage(req)) withScriptNonce(req, res)
  seen.push({ ...req.headers })
  if (req.url === '/feed') {
    res.setHeader('content-type', 'application/rss+xml')
    res.end('<rss><link>x</link></rss>')
    return
  }
  res.setHeader('content-type', 'text/html; charset=utf-8')
  // The portal's own policy (next.config.mjs), and what the Traditional conversion passes on from the Simplified page
  res.setHeader('content-security-policy', `frame-ancestors 'none', ${readerPolicy(NONCE_PLACEHOLDER)}`)
  const bytes = new TextEncoder().encode(PAGE)
  res.write(bytes.subarray(0, 20))
  res.end(bytes.subarray(20))
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())

describe('script nonces added by server.mjs', () => {
  it('puts a fresh nonce on every script tag and in the policy, and gzips the page itself', async () => {
    const nonces = new Set<string>()
    for (let n = 0; n < 2; n++) {
      const res = await fetch(`${base}/articles/a`, { headers: { 'accept-encoding': 'gzip' } })
      expect(seen.at(-1)?.['accept-encoding']).toBeUndefined()
      expect(res.headers.get('content-encoding')).toBe('gzip')
      const policy = res.headers.get('content-security-policy')!
      const nonce = policy.match(/'nonce-([^']+)'/)![1]
      expect(policy).toBe(`frame-ancestors 'none', ${readerPolicy(nonce)}`)
      expect(await res.text()).toBe(PAGE.replaceAll('<script', `<script nonce="${nonce}"`))
      nonces.add(nonce)
    }
    expect(nonces.size).toBe(2)
  })

  it('leaves the page bare and uncompressed for a hop that adds the nonce itself', async () => {
    const res = await fetch(`${base}/articles/a`, { headers: { 'accept-encoding': 'gzip', [NONCE_LATER_HEADER]: '1' } })
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('content-security-policy')).toBe(
      `frame-ancestors 'none', ${readerPolicy(NONCE_PLACEHOLDER)}`,
    )
    expect(await res.text()).toBe(PAGE)
  })

  it('compresses other answers without touching them, and leaves the admin, API and Next’s files to Next', async () => {
    const feed = await fetch(`${base}/feed`, { headers: { 'accept-encoding': 'gzip' } })
    expect(feed.headers.get('content-encoding')).toBe('gzip')
    expect(feed.headers.get('content-security-policy')).toBeNull()
    expect(await feed.text()).toBe('<rss><link>x</link></rss>')
    for (const path of ['/admin', '/admin/collections/a', '/api/articles', '/_next/static/a.js']) {
      expect(mayBeReaderPage({ method: 'GET', url: path, headers: {} }), path).toBe(false)
    }
    expect(mayBeReaderPage({ method: 'GET', url: '/articles/a', headers: { rsc: '1' } })).toBe(false)
    expect(mayBeReaderPage({ method: 'POST', url: '/submit', headers: {} })).toBe(false)
  })
})
