import { describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')

const get = (path: string, init?: RequestInit) => fetch(`${baseURL}${path}`, { redirect: 'manual', ...init })

const READER_PAGES = ['/', '/topics/fujian-zuji-2020', '/articles/yongan-anzhenbao-livestream', '/cases', '/search?q=a']
const SIGNED_IN_PAGES = ['/admin/login', '/admin', '/submit', '/submit/register']
const API = ['/api/articles?limit=1', '/api/articles/abc', '/api/users/me', '/rss.xml', '/no-such-page']

describe('security headers from the production server', () => {
  it('sends nosniff and a referrer policy on reader pages, the admin, the portal and the API, and no X-Powered-By', async () => {
    for (const path of [...READER_PAGES, ...SIGNED_IN_PAGES, ...API]) {
      const res = await get(path)
      expect(res.status, path).toBeLessThan(500)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-powered-by'), path).toBeNull()
      await res.body?.cancel()
    }
  })

  it('keeps the admin and the portal out of other sites’ frames', async () => {
    for (const path of SIGNED_IN_PAGES) {
      const res = await get(path)
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      await res.body?.cancel()
    }
  })

  it('sends them on a page converted to Traditional too', async () => {
    const res = await get('/topics/fujian-zuji-2020', { headers: { cookie: 'zh-script=hant' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-language')).toBe('zh-Hant')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-powered-by')).toBeNull()
    await res.body?.cancel()
  })

  it('serves uploaded files with nosniff, so a file is never run as something else', async () => {
    const list = await (await get('/api/media?limit=1&depth=0')).json()
    const url = list.docs[0]?.url as string
    expect(url).toBeTruthy()
    const res = await get(url.startsWith('http') ? new URL(url).pathname : url)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-powered-by')).toBeNull()
    await res.body?.cancel()
  })
})
