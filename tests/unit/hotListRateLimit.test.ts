import { describe, expect, it } from 'vitest'

import { createViewRateLimit } from '@/views/viewRateLimit'

const MINUTE = 60_000

describe('the per-address view limit', () => {
  it('counts an address once per document per window, so reloading does not inflate a ranking', () => {
    const allow = createViewRateLimit({ perWindow: 5, windowMs: 10 * MINUTE, maxAddresses: 100 })
    expect(allow('10.0.0.1', 'a', 0)).toBe('counted')
    expect(allow('10.0.0.1', 'a', MINUTE)).toBe('repeat')
    expect(allow('10.0.0.2', 'a', MINUTE)).toBe('counted')
    expect(allow('10.0.0.1', 'a', 10 * MINUTE)).toBe('counted')
  })

  it('caps the documents one address may count per window', () => {
    const allow = createViewRateLimit({ perWindow: 3, windowMs: MINUTE, maxAddresses: 100 })
    expect(['a', 'b', 'c', 'd'].map((doc) => allow('10.0.0.1', doc, 0))).toEqual([
      'counted',
      'counted',
      'counted',
      'limited',
    ])
    expect(allow('10.0.0.2', 'd', 0)).toBe('counted')
    expect(allow('10.0.0.1', 'd', MINUTE)).toBe('counted')
  })

  it('tracks a bounded number of addresses, refusing new ones until the window ends', () => {
    const allow = createViewRateLimit({ perWindow: 3, windowMs: MINUTE, maxAddresses: 2 })
    expect(allow('a', 'x', 0)).toBe('counted')
    expect(allow('b', 'x', 0)).toBe('counted')
    expect(allow('c', 'x', 0)).toBe('limited')
    expect(allow('a', 'y', 0)).toBe('counted')
    expect(allow('c', 'x', MINUTE)).toBe('counted')
  })
})
