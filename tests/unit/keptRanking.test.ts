import { describe, expect, it } from 'vitest'

import { keptRanking, type HotRanking } from '@/data/hotList'

const ranking = (id: number): HotRanking => ({ threeDays: [{ id, views: 1 }], week: [], month: [] })

/** A ranking read that takes `ms` and can be told to fail; counts its calls. */
const slowRead = (ms: number) => {
  const state = { calls: 0, fail: false }
  const read = () =>
    new Promise<HotRanking>((resolve, reject) => {
      const call = ++state.calls
      setTimeout(() => (state.fail ? reject(new Error('database away')) : resolve(ranking(call))), ms)
    })
  return { read, state }
}

const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

describe('the kept hot-list ranking', () => {
  it('makes only the first read wait, and reads the database once for readers arriving together', async () => {
    const { read, state } = slowRead(100)
    const hot = keptRanking(read, 60_000)
    const first = await timed(() => Promise.all([hot(), hot(), hot()]))
    expect(first.ms).toBeGreaterThanOrEqual(90)
    expect(state.calls).toBe(1)
    const again = await timed(hot)
    expect(again.ms).toBeLessThan(50)
    expect(again.value).toEqual(ranking(1))
  })

  it('serves a ranking past its age at once and renews it in the background', async () => {
    const clock = { now: 1_000 }
    const { read, state } = slowRead(100)
    const hot = keptRanking(read, 60_000, { now: () => clock.now })
    await hot()
    clock.now = 62_000
    const stale = await timed(hot)
    expect(stale.ms).toBeLessThan(50)
    expect(stale.value).toEqual(ranking(1))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(state.calls).toBe(2)
    expect(await hot()).toEqual(ranking(2))
  })

  it('keeps serving the last ranking when a renewal fails', async () => {
    const clock = { now: 1_000 }
    const { read, state } = slowRead(10)
    const hot = keptRanking(read, 60_000, { now: () => clock.now })
    await hot()
    state.fail = true
    clock.now = 62_000
    expect(await hot()).toEqual(ranking(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await hot()).toEqual(ranking(1))
  })
})
