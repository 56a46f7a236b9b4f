import { describe, expect, it } from 'vitest'

import { backgroundWorkDone, inBackground } from '@/lib/backgroundWork.mjs'

const after = (ms: number, then: () => void = () => undefined) =>
  new Promise<void>((resolve) => setTimeout(() => resolve(then()), ms))

describe('background work a stopping server waits for', () => {
  it('waits for every piece, including one started while it waits', async () => {
    const finished: string[] = []
    inBackground(after(50, () => finished.push('mail')))
    inBackground(
      after(20, () => {
        finished.push('first')
        inBackground(after(80, () => finished.push('started late')))
      }),
    )
    await backgroundWorkDone(5_000)
    expect(finished.sort()).toEqual(['first', 'mail', 'started late'])
  })

  it('gives up after its time limit on work that does not end', async () => {
    let end = () => undefined as void
    inBackground(new Promise<void>((resolve) => (end = resolve)))
    const started = Date.now()
    await backgroundWorkDone(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect(Date.now() - started).toBeLessThan(1_000)
    end()
  })

  it('returns at once when nothing is under way', async () => {
    const started = Date.now()
    await backgroundWorkDone(5_000)
    expect(Date.now() - started).toBeLessThan(50)
  })
})
