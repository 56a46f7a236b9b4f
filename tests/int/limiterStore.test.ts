import { RateLimiterMemory } from 'rate-limiter-flexible'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sharedLimiter } from '@/limits/limiterStore'

import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp

// The database must exist first: on PostgreSQL, Payload's adapter creates the test file's database
beforeAll(async () => {
  app = await startPayload()
})
afterAll(() => app?.close())

describe('the shared store of the rate limits', () => {
  it('makes many limiters at once on a fresh database, each counting in the shared store', async () => {
    const limiters = await Promise.all(
      Array.from({ length: 30 }, (_, n) => sharedLimiter({ name: `fresh-${n}`, points: 2, seconds: 60 })),
    )
    for (const limiter of limiters) {
      expect(limiter).not.toBeInstanceOf(RateLimiterMemory)
      expect((await limiter.consume('reader')).remainingPoints).toBe(1)
      // Read back from the store, not from this limiter's memory
      expect((await limiter.get('reader'))?.consumedPoints).toBe(1)
    }
  })
})
