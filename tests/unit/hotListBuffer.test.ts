import { describe, expect, it } from 'vitest'

import { createViewBuffer } from '@/views/viewBuffer'
import { parseViewKey, parseViewTarget, viewKey } from '@/views/viewTarget'

describe('the view buffer', () => {
  it('sums views per key, so a batch holds one entry per document and day', () => {
    const buffer = createViewBuffer(100)
    for (let i = 0; i < 1000; i++) buffer.add(`articles|${(i % 3) + 1}|2020-07-09`)
    expect(buffer.keys).toBe(3)
    expect(buffer.views).toBe(1000)
    expect([...buffer.drain().values()].sort()).toEqual([333, 333, 334])
  })

  it('starts empty after a drain, so views arriving during a write go into the next batch', () => {
    const buffer = createViewBuffer(100)
    buffer.add('a')
    const first = buffer.drain()
    buffer.add('a')
    expect(first.get('a')).toBe(1)
    expect(buffer.drain().get('a')).toBe(1)
    expect(buffer.keys).toBe(0)
  })

  it('drops views of new documents once full but keeps counting those already waiting', () => {
    const buffer = createViewBuffer(2)
    expect(buffer.add('a')).toBe(true)
    expect(buffer.add('b')).toBe(true)
    expect(buffer.add('c')).toBe(false)
    expect(buffer.add('a')).toBe(true)
    expect(Object.fromEntries(buffer.drain())).toEqual({ a: 2, b: 1 })
  })
})

describe('beacon bodies', () => {
  it('accepts an article by SQL or MongoDB id', () => {
    expect(parseViewTarget({ collection: 'articles', id: 12 })).toEqual({ collection: 'articles', id: '12' })
    expect(parseViewTarget({ collection: 'articles', id: '12' })).toEqual({ collection: 'articles', id: '12' })
    const objectId = '65f1a2b3c4d5e6f708192a3b'
    expect(parseViewTarget({ collection: 'articles', id: objectId })).toEqual({ collection: 'articles', id: objectId })
    const uuid = '3f2b8c1e-9a4d-4e6f-8b21-0c5d7e9f1a2b'
    expect(parseViewTarget({ collection: 'articles', id: uuid })).toEqual({ collection: 'articles', id: uuid })
  })

  it('refuses anything else', () => {
    for (const body of [
      null,
      'articles',
      [],
      {},
      { collection: 'users', id: 1 },
      { collection: 'articles' },
      { collection: 'articles', id: 0 },
      { collection: 'articles', id: -1 },
      { collection: 'articles', id: 1.5 },
      { collection: 'articles', id: '1 OR 1=1' },
      { collection: 'articles', id: '1|2020-01-01' },
      { collection: 'articles', id: '9'.repeat(16) },
      { collection: 'articles', id: { $gt: 0 } },
    ]) {
      expect(parseViewTarget(body)).toBeNull()
    }
  })

  it('keys a view by document and day and reads the key back', () => {
    const key = viewKey({ collection: 'articles', id: '7' }, '2020-07-09')
    expect(parseViewKey(key)).toEqual({ collection: 'articles', id: '7', day: '2020-07-09' })
  })
})
