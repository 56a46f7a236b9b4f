import { describe, expect, it } from 'vitest'

import { fromAdminUi } from '@/lib/fromAdminUi'

const request = (cookie?: string) => ({ headers: new Headers(cookie ? { cookie } : {}) })

describe('fromAdminUi', () => {
  it('recognises the admin by its language cookie', () => {
    expect(fromAdminUi(request('payload-token=abc; payload-lng=zh'))).toBe(true)
  })

  it('treats token callers and cookie-less requests as API clients', () => {
    expect(fromAdminUi(request())).toBe(false)
    expect(fromAdminUi(request('payload-token=abc'))).toBe(false)
    expect(fromAdminUi(undefined)).toBe(false)
  })
})
