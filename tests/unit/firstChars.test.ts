import { describe, expect, it } from 'vitest'

import { firstChars } from '@/lib/firstChars'

describe('firstChars', () => {
  it('never splits a character outside the BMP', () => {
    const cut = firstChars(`${'茶'.repeat(199)}😀园`, 200)
    expect(cut).toBe(`${'茶'.repeat(199)}😀`)
    expect(cut.isWellFormed()).toBe(true)
    expect(firstChars('𠮷𠮷𠮷', 2)).toBe('𠮷𠮷')
  })

  it('leaves shorter text as it is', () => {
    expect(firstChars('下党乡', 200)).toBe('下党乡')
  })
})
