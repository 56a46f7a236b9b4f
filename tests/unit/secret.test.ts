import { describe, expect, it } from 'vitest'

import { resolveSecret, secretProblem } from '@/config/secret'

const strong = '9b1f0e4c7a2d4e8f9a0b1c2d3e4f5a6b7c8d9e0f'

describe('secretProblem', () => {
  it('flags missing, well-known and short secrets', () => {
    expect(secretProblem(undefined)).toMatch(/not set/)
    expect(secretProblem('')).toMatch(/not set/)
    expect(secretProblem('changeme')).toMatch(/well-known/)
    expect(secretProblem('YOUR_SECRET_HERE')).toMatch(/well-known/)
    expect(secretProblem('a'.repeat(31))).toMatch(/shorter/)
    expect(secretProblem(strong)).toBeNull()
  })
})

describe('resolveSecret', () => {
  it('refuses to run production on a bad secret', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/refusing to start/)
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret' })).toThrow(/拒绝启动/)
  })

  it('lets the build, development and tests run without one', () => {
    expect(resolveSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeTruthy()
    expect(resolveSecret({ NODE_ENV: 'test' })).toBeTruthy()
    expect(resolveSecret({ NODE_ENV: 'development' })).toBeTruthy()
  })

  it('uses a good secret as given', () => {
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it('never lets the development fallback pass as a production secret', () => {
    const fallback = resolveSecret({ NODE_ENV: 'development' })
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: fallback })).toThrow()
  })
})
