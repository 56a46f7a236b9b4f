import { describe, expect, it } from 'vitest'

import { malformedTextPath } from '@/lib/malformedText'

describe('malformedTextPath', () => {
  it('names the first text holding a lone surrogate half, by its path', () => {
    expect(malformedTextPath({ title: '好', body: { children: [{ text: 'a' }, { text: 'b\udc00' }] } })).toBe(
      'body.children.1.text',
    )
    expect(malformedTextPath(['\ud800'])).toBe('0')
    expect(malformedTextPath({ ['k\ud800']: 1 })).toBe('k\ud800')
  })

  it('passes whole pairs, U+FFFD and anything that is not text', () => {
    expect(malformedTextPath({ a: '𠮷😀', b: '\ufffd', c: 1, d: null, e: [true, { f: undefined }] })).toBeNull()
  })

  it('walks a body nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = { text: 'x\ud800' }
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] }
    const path = malformedTextPath(deep)
    expect(path?.endsWith('children.0.text')).toBe(true)
    expect(path?.split('.').length).toBe(200_001)
  }, 30_000)
})
