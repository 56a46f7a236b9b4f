import { describe, expect, it } from 'vitest'

import { fenToText, textToFen, unitFor } from '@/metrics/moneyUnits'

describe('money typed in 万元 or 元, stored in 分', () => {
  it('stores 18 万元 as 18000000 分 and 199.5 元 as 19950 分', () => {
    expect(textToFen('18', 'wan')).toBe(18_000_000)
    expect(textToFen('1,438', 'wan')).toBe(1_438_000_000)
    expect(textToFen('199.5', 'yuan')).toBe(19_950)
    expect(textToFen('0.01', 'yuan')).toBe(1)
  })

  it('keeps an empty box empty and refuses what is no amount or finer than a 分', () => {
    expect(textToFen('  ', 'yuan')).toBeNull()
    expect(textToFen('十八', 'wan')).toBeNaN()
    expect(textToFen('-5', 'yuan')).toBeNaN()
    expect(textToFen('1.234', 'yuan')).toBeNaN()
  })

  it('shows a stored amount in the unit a report would use', () => {
    expect(unitFor(18_000_000)).toBe('wan')
    expect(fenToText(18_000_000, 'wan')).toBe('18')
    expect(unitFor(19_950)).toBe('yuan')
    expect(fenToText(19_950, 'yuan')).toBe('199.5')
    expect(fenToText(null, 'wan')).toBe('')
  })
})
