import { describe, expect, it } from 'vitest'

import { malformedText } from '@/lib/malformedText'

describe('malformedText', () => {
  it('names the first text holding a lone surrogate half, by its path', () => {
    expect(malformedText({ title: '好', body: { children: [{ text: 'a' }, { text: 'b\udc00' }] } })).toEqual({
      path: 'body.children.1.text',
      problem: 'surrogate',
    })
    expect(malformedText(['\ud800'])).toEqual({ path: '0', problem: 'surrogate' })
    expect(malformedText({ ['k\ud800']: 1 })).toEqual({ path: 'k\ud800', problem: 'surrogate' })
  })

  it('names text holding a NUL character, in a value or a key', () => {
    expect(malformedText({ email: '张三\u0000' })).toEqual({ path: 'email', problem: 'nul' })
    expect(malformedText({ body: { children: [{ text: 'a\u0000b' }] } })).toEqual({
      path: 'body.children.0.text',
      problem: 'nul',
    })
    expect(malformedText({ ['a\u0000']: 'x' })).toEqual({ path: 'a\u0000', problem: 'nul' })
  })

  it('passes whole pairs, U+FFFD, other control characters and anything that is not text', () => {
    expect(
      malformedText({ a: '𠮷😀', b: '\ufffd', c: 1, d: null, e: [true, { f: undefined }], g: '\u0001\t%00' }),
    ).toBeNull()
  })

  it('walks a body nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = { text: 'x\ud800' }
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] }
    const found = malformedText(deep)
    expect(found?.path.endsWith('children.0.text')).toBe(true)
    expect(found?.path.split('.').length).toBe(200_001)
  }, 30_000)
})
