import { describe, expect, it } from 'vitest'

import { clientAddress } from '@/lib/clientAddress'

const req = (headers: Record<string, string>) => ({ headers: new Headers(headers) })

describe('clientAddress', () => {
  it('prefers the address the proxy set in X-Real-IP', () => {
    expect(clientAddress(req({ 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }))).toBe(
      '203.0.113.9',
    )
  })

  it('takes the last X-Forwarded-For entry, not one a client forged in front of it', () => {
    expect(clientAddress(req({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
  })

  it('gives null when no proxy header is present', () => {
    expect(clientAddress(req({}))).toBeNull()
  })
})
