import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { GET as switchScript } from '../../app/(frontend)/script/route'
import { config as proxyConfig } from '../../proxy'
import { SCRIPT_COOKIE, TRADITIONAL, withoutScriptCookie } from '@/script/cookie'
import { isConvertedPath } from '@/script/readerPaths'
import { refererPath, sameSitePath } from '@/script/sameSitePath'
import { traditionalPage } from '@/script/traditionalPage'

const visit = (query: string, headers: Record<string, string> = {}) =>
  switchScript(
    new NextRequest(`http://news.example/script?${query}`, { headers: { host: 'news.example', ...headers } }),
  )

describe('the redirect guard of the 简/繁 switch', () => {
  it('accepts paths on this site, with their query', () => {
    expect(sameSitePath('/topics/fujian-zuji-2020')).toBe('/topics/fujian-zuji-2020')
    expect(sameSitePath('/search?q=直播带货')).toBe('/search?q=%E7%9B%B4%E6%92%AD%E5%B8%A6%E8%B4%A7')
    expect(sameSitePath('/')).toBe('/')
  })

  it('refuses anything that would leave the site', () => {
    for (const hostile of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '/\t/evil.example',
      '/%0d%0aSet-Cookie:x=1'.replace('%0d%0a', '\r\n'),
      '/.//evil.example',
      '/..//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2e//evil.example',
      '/./\\evil.example',
      'http:evil.example',
      'http://evil.example',
      '',
      null,
    ]) {
      expect(sameSitePath(hostile)).toBeNull()
    }
  })

  it('takes the Referer only from this site', () => {
    expect(refererPath('http://news.example/search?q=永安', 'news.example')).toBe('/search?q=%E6%B0%B8%E5%AE%89')
    expect(refererPath('https://evil.example/articles/x', 'news.example')).toBeNull()
    expect(refererPath('not a url', 'news.example')).toBeNull()
  })
})

describe('the switch route', () => {
  it('stores Traditional and sends the reader back with 303', async () => {
    const res = visit('to=hant&back=/articles/yongan-anzhenbao-livestream')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/articles/yongan-anzhenbao-livestream')
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${SCRIPT_COOKIE}=${TRADITIONAL}; Path=/; Max-Age=\\d+`))
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('forgets the choice for Simplified, so the reader gets the default page', () => {
    const res = visit('to=hans&back=/')
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${SCRIPT_COOKIE}=; Path=/; Max-Age=0`))
  })

  it('returns to the page the link was on when no back is given, and home when it came from elsewhere', () => {
    expect(visit('to=hant', { referer: 'http://news.example/search?q=a' }).headers.get('location')).toBe('/search?q=a')
    expect(visit('to=hant', { referer: 'https://evil.example/x' }).headers.get('location')).toBe('/')
    expect(visit('to=hant&back=//evil.example').headers.get('location')).toBe('/')
  })

  it('never sends the reader to another host, however the back path hides it', () => {
    for (const back of ['/.//evil.example', '%2F.%2F%2Fevil.example', '/%2e//evil.example', '/.%2F/evil.example']) {
      const location = visit(`to=hant&back=${back}`).headers.get('location')
      expect(new URL(location!, 'http://news.example/').host, back).toBe('news.example')
      expect(location, back).not.toMatch(/^[\\/]{2}/)
    }
  })

  it('keeps encoded slashes inside a same-site path', () => {
    expect(sameSitePath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example')
  })

  it('refuses an unknown script', () => {
    expect(visit('to=latin').status).toBe(400)
  })
})

describe('which requests are converted', () => {
  it('converts reader pages and leaves the admin, API, portal, preview and files Simplified', () => {
    for (const path of ['/', '/topics/fujian-zuji-2020', '/articles/x', '/cases', '/search', '/administration-news']) {
      expect(isConvertedPath(path), path).toBe(true)
    }
    for (const path of ['/admin', '/admin/collections/articles', '/api/articles', '/submit', '/submit/cases/1']) {
      expect(isConvertedPath(path), path).toBe(false)
    }
    for (const path of ['/preview', '/script', '/_next/static/chunks/a.js', '/rss.xml', '/sitemap.xml']) {
      expect(isConvertedPath(path), path).toBe(false)
    }
  })

  it('sends the proxy only the readers holding the script cookie', () => {
    expect(proxyConfig.matcher).toContainEqual(
      expect.objectContaining({ has: [{ type: 'cookie', key: SCRIPT_COOKIE, value: TRADITIONAL }] }),
    )
  })

  it('fetches the Simplified original without the script cookie and keeps the others', () => {
    expect(withoutScriptCookie(`a=1; ${SCRIPT_COOKIE}=${TRADITIONAL}; b=2`)).toBe('a=1; b=2')
    expect(withoutScriptCookie(`${SCRIPT_COOKIE}=${TRADITIONAL}`)).toBe('')
  })

  it('answers a client-side navigation with no content, so the router loads the Traditional page as a document', async () => {
    const res = await traditionalPage(
      new NextRequest('http://news.example/articles/x', {
        headers: { cookie: `${SCRIPT_COOKIE}=${TRADITIONAL}`, 'sec-fetch-dest': 'empty' },
      }),
    )
    expect(res.status).toBe(204)
    expect(res.headers.get('vary')).toBe('Cookie')
  })

  it('lets form posts through unconverted', async () => {
    const res = await traditionalPage(new NextRequest('http://news.example/articles/x', { method: 'POST' }))
    expect(res.headers.get('x-middleware-next')).toBe('1')
  })
})
