import { describe, expect, it } from 'vitest'

import { formatCount, formatFen, yuanToFen } from '@/metrics/formatChinese'

// Whole yuan to fen, written out here so these tests do not lean on yuanToFen
const yuan = (amount: number): number => amount * 100

describe('formatFen', () => {
  it('prints the campaign figures as reported', () => {
    // Licheng district's total sales, Yong'an's total and one flooring brand's orders
    expect(formatFen(yuan(14_380_000))).toBe('1438万元')
    expect(formatFen(yuan(4_000_000))).toBe('400万元')
    expect(formatFen(yuan(800_000))).toBe('80万元')
    expect(formatFen(yuan(219_000_000))).toBe('2.19亿元')
  })

  it('uses 元 below 1万, 万元 from 1万 and 亿元 from 1亿', () => {
    expect(formatFen(0)).toBe('0元')
    expect(formatFen(yuan(4_000))).toBe('4000元')
    expect(formatFen(1250)).toBe('12.5元')
    expect(formatFen(1)).toBe('0.01元')
    expect(formatFen(999_999)).toBe('9999.99元')
    expect(formatFen(yuan(10_000))).toBe('1万元')
    expect(formatFen(yuan(1_234_567))).toBe('123.46万元')
    expect(formatFen(yuan(300_000_000))).toBe('3亿元')
    expect(formatFen(yuan(1_000_000_000_000))).toBe('10000亿元')
  })

  it('trims trailing zeros but keeps inner ones', () => {
    expect(formatFen(yuan(110_000_000))).toBe('1.1亿元')
    expect(formatFen(yuan(15_000))).toBe('1.5万元')
    expect(formatFen(yuan(10_500))).toBe('1.05万元')
    expect(formatFen(120)).toBe('1.2元')
  })

  it('rounds halves up exactly, where floating-point division would round them down', () => {
    // 10_050 / 1e4 * 100 is 100.49999… in floating point
    expect(formatFen(yuan(10_050))).toBe('1.01万元')
    expect(formatFen(yuan(100_500_000))).toBe('1.01亿元')
    expect(formatFen(yuan(10_049))).toBe('1万元')
    expect(formatFen(100.5)).toBe('1.01元')
  })

  it('moves to the next unit when rounding reaches 10000 of the current one', () => {
    expect(formatFen(999_999.5)).toBe('1万元') // 9999.995 yuan
    expect(formatFen(999_999.4)).toBe('9999.99元')
    expect(formatFen(yuan(99_999_999))).toBe('1亿元')
    expect(formatFen(yuan(99_999_950))).toBe('1亿元')
    expect(formatFen(yuan(99_999_949))).toBe('9999.99万元')
    expect(formatFen(yuan(99_994_999))).toBe('9999.5万元')
  })

  it('keeps the sign of negative amounts, except ones that round to zero', () => {
    expect(formatFen(-yuan(14_380_000))).toBe('-1438万元')
    expect(formatFen(-1250)).toBe('-12.5元')
    expect(formatFen(-yuan(99_999_999))).toBe('-1亿元')
    expect(formatFen(-0.4)).toBe('0元')
    expect(formatFen(-0)).toBe('0元')
  })

  it('shows a dash for a missing or unusable figure', () => {
    expect(formatFen(null)).toBe('—')
    expect(formatFen(undefined)).toBe('—')
    expect(formatFen(Number.NaN)).toBe('—')
    expect(formatFen(Number.POSITIVE_INFINITY)).toBe('—')
    expect(formatFen(Number.NEGATIVE_INFINITY)).toBe('—')
  })
})

describe('formatCount', () => {
  it('prints counts in 万 and 亿 without 元', () => {
    expect(formatCount(3_000_000)).toBe('300万') // Licheng district's visits
    expect(formatCount(1_160_000)).toBe('116万')
    expect(formatCount(12_345)).toBe('1.23万')
    expect(formatCount(219_000_000)).toBe('2.19亿')
    expect(formatCount(-12_345)).toBe('-1.23万')
  })

  it('applies the same boundaries and rounding as money', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(9_999)).toBe('9999')
    expect(formatCount(10_000)).toBe('1万')
    expect(formatCount(9_999.995)).toBe('1万')
    expect(formatCount(9_999.994)).toBe('9999.99')
    expect(formatCount(99_999_999)).toBe('1亿')
    expect(formatCount(12.5)).toBe('12.5')
    expect(formatCount(1.005)).toBe('1.01')
    expect(formatCount(-0.004)).toBe('0')
  })

  it('shows a dash for a missing or unusable count', () => {
    expect(formatCount(null)).toBe('—')
    expect(formatCount(undefined)).toBe('—')
    expect(formatCount(Number.NaN)).toBe('—')
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—')
  })
})

describe('yuanToFen', () => {
  it('converts yuan as typed to integer fen', () => {
    expect(yuanToFen(19.99)).toBe(1999)
    expect(yuanToFen(14_380_000)).toBe(1_438_000_000)
    expect(yuanToFen(0.1 + 0.2)).toBe(30)
    expect(yuanToFen(0)).toBe(0)
    expect(yuanToFen(1e21)).toBe(1e23)
  })

  it('rounds halves of a fen up where multiplying by 100 would round them down', () => {
    // 1.005 * 100, 1.015 * 100 and 8.675 * 100 all land just below .5 in floating point
    expect(yuanToFen(1.005)).toBe(101)
    expect(yuanToFen(1.015)).toBe(102)
    expect(yuanToFen(8.675)).toBe(868)
    expect(yuanToFen(0.005)).toBe(1)
    expect(yuanToFen(0.004)).toBe(0)
    expect(yuanToFen(1e-7)).toBe(0)
  })

  it('rounds negative amounts away from zero and never returns -0', () => {
    expect(yuanToFen(-1.005)).toBe(-101)
    expect(yuanToFen(-19.99)).toBe(-1999)
    expect(yuanToFen(-0.001)).toBe(0)
  })

  it('refuses non-finite input', () => {
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError)
    expect(() => yuanToFen(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => yuanToFen(Number.NEGATIVE_INFINITY)).toThrow(RangeError)
  })
})
