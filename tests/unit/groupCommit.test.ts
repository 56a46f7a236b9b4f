import { describe, expect, it } from 'vitest'

import { groupCommit } from '@/voting/groupCommit'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('groupCommit', () => {
  it('writes what arrives in one turn together, and what arrives during a write as the next batch, one at a time', async () => {
    const batches: number[][] = []
    let writing = 0
    const submit = groupCommit(async (items: number[]) => {
      writing++
      expect(writing).toBe(1)
      batches.push(items)
      await tick()
      writing--
      return items.map((n) => n * 10)
    })
    const first = submit(1)
    await new Promise((resolve) => setTimeout(resolve, 1))
    const rest = [2, 3, 4].map(submit)
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40])
    expect(batches).toEqual([[1], [2, 3, 4]])
  })

  it('batches items for a writer that never yields to the event loop, as the synchronous SQLite driver', async () => {
    const batches: number[][] = []
    const submit = groupCommit(async (items: number[]) => {
      batches.push(items)
      return items
    })
    const all = [1, 2, 3, 4].map(submit)
    await new Promise((resolve) => setImmediate(resolve))
    const later = [5, 6].map(submit)
    expect(await Promise.all([...all, ...later])).toEqual([1, 2, 3, 4, 5, 6])
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ])
  })

  it('keeps batches within their maximum size', async () => {
    const sizes: number[] = []
    const submit = groupCommit(
      async (items: number[]) => {
        sizes.push(items.length)
        await tick()
        return items
      },
      { maxBatch: 2 },
    )
    await Promise.all([1, 2, 3, 4, 5].map(submit))
    expect(sizes).toEqual([2, 2, 1])
  })

  it('when a batch fails, writes each of its items alone so only the bad one fails', async () => {
    const submit = groupCommit(async (items: string[]) => {
      await tick()
      if (items.includes('bad')) throw new Error('bad item')
      return items.map((item) => item.toUpperCase())
    })
    const results = await Promise.allSettled(['first', 'a', 'bad', 'b'].map(submit))
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'FIRST',
      'A',
      'bad item',
      'B',
    ])
  })
})
