import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external'
import { describe, expect, it, vi } from 'vitest'

import { insideNextRequest } from '@/revalidate/insideNextRequest'
import { revalidateTags } from '@/revalidate/revalidateTags'

// As Next's server sets it up before loading any app code (node-environment-baseline), so its stores are real ones
vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = (
    await import('node:async_hooks')
  ).AsyncLocalStorage
})

// Just the parts of Next's stores the check reads; Next fills them with much more for a real request.
const workStore = { incrementalCache: {} } as never
const requestStore = { type: 'request' } as never

describe('insideNextRequest', () => {
  it('is false in a script or a test, where Next serves no request', () => {
    expect(insideNextRequest()).toBe(false)
  })

  it('is true while Next serves a request: its work store has a page cache and a request is under way', () => {
    const seen = workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, insideNextRequest))
    expect(seen).toBe(true)
  })

  it('is false while Next builds without a page cache or outside any request unit', () => {
    expect(workAsyncStorage.run({} as never, () => workUnitAsyncStorage.run(requestStore, insideNextRequest))).toBe(
      false,
    )
    expect(workAsyncStorage.run(workStore, insideNextRequest)).toBe(false)
  })
})

describe('revalidateTags outside a request', () => {
  it('expires nothing and throws nothing, whatever words Next would throw with', () => {
    expect(() => revalidateTags(['articles'])).not.toThrow()
  })
})
