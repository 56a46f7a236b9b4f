import { describe, expect, it } from 'vitest'

import { csrfOrigins, secureCookies } from '@/config/siteOrigins'

describe('csrfOrigins', () => {
  it('lists the admin and the reader site as browsers name them, without path or trailing slash', () => {
    expect(csrfOrigins({ SERVER_URL: 'https://admin.example.cn/', SITE_URL: 'https://www.example.cn/zt' })).toEqual([
      'https://admin.example.cn',
      'https://www.example.cn',
    ])
  })

  it('lists one origin once', () => {
    expect(csrfOrigins({ SERVER_URL: 'https://zt.example.cn', SITE_URL: 'https://zt.example.cn/' })).toEqual([
      'https://zt.example.cn',
    ])
  })

  it('is empty for a demo without addresses, and ignores what is not a web address', () => {
    expect(csrfOrigins({})).toEqual([])
    expect(csrfOrigins({ SERVER_URL: ' ', SITE_URL: 'javascript:alert(1)' })).toEqual([])
  })
})

describe('secureCookies', () => {
  it('is on when the site is served over https', () => {
    expect(secureCookies({ SERVER_URL: 'https://zt.example.cn' })).toBe(true)
  })

  it('is off for http and without SERVER_URL, so a demo on localhost can still log in', () => {
    expect(secureCookies({ SERVER_URL: 'http://localhost:3000' })).toBe(false)
    expect(secureCookies({})).toBe(false)
    expect(secureCookies({ SERVER_URL: 'not a url' })).toBe(false)
  })
})
