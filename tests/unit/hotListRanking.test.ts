import { describe, expect, it } from 'vitest'

import { rankAllPeriods, rankViews } from '@/views/rankViews'
import { firstDayOf, viewDay } from '@/views/viewDays'

describe('Beijing view days', () => {
  it('changes day at midnight Beijing time', () => {
    expect(viewDay(new Date('2020-07-09T15:59:59Z'))).toBe('2020-07-09')
    expect(viewDay(new Date('2020-07-09T16:00:00Z'))).toBe('2020-07-10')
  })

  it('counts a period back from today inclusive, across month ends', () => {
    const now = new Date('2020-03-02T02:00:00Z') // 10:00 on 2 March in Beijing
    expect(firstDayOf(1, now)).toBe('2020-03-02')
    expect(firstDayOf(3, now)).toBe('2020-02-29')
    expect(firstDayOf(7, now)).toBe('2020-02-25')
    expect(firstDayOf(30, now)).toBe('2020-02-02')
  })
})

describe('ranking views', () => {
  it('sums the days of the period and ranks by views', () => {
    const rows = [
      { id: 1, day: '2020-07-09', count: 5 },
      { id: 1, day: '2020-07-08', count: 5 },
      { id: 2, day: '2020-07-09', count: 8 },
      { id: 3, day: '2020-07-01', count: 100 },
    ]
    expect(rankViews(rows, '2020-07-07', 10)).toEqual([
      { id: 1, views: 10 },
      { id: 2, views: 8 },
    ])
    expect(rankViews(rows, '2020-07-01', 2)).toEqual([
      { id: 3, views: 100 },
      { id: 1, views: 10 },
    ])
  })

  it('breaks ties by the more recent reading, then by the newer id', () => {
    const rows = [
      { id: 1, day: '2020-07-08', count: 6 },
      { id: 2, day: '2020-07-09', count: 6 },
      { id: 3, day: '2020-07-09', count: 2 },
      { id: 3, day: '2020-07-08', count: 4 },
      { id: 9, day: '2020-07-08', count: 6 },
      { id: 10, day: '2020-07-08', count: 6 },
    ]
    expect(rankViews(rows, '2020-07-01', 10).map((entry) => entry.id)).toEqual([2, 3, 10, 9, 1])
  })

  it('breaks the remaining ties by the later publish time, whatever the ids (UUIDs are random)', () => {
    const rows = ['c0ffee00', '0badf00d', 'deadbeef'].map((id) => ({ id, day: '2020-07-08', count: 6 }))
    const publishedAt = new Map([
      ['c0ffee00', Date.parse('2020-07-01T08:00:00Z')],
      ['0badf00d', Date.parse('2020-07-03T08:00:00Z')],
      ['deadbeef', Date.parse('2020-07-02T08:00:00Z')],
    ])
    expect(rankViews(rows, '2020-07-01', 10, publishedAt).map((entry) => entry.id)).toEqual([
      '0badf00d',
      'deadbeef',
      'c0ffee00',
    ])
  })

  it('ranks three days, a week and a month differently from the same counters', () => {
    const now = new Date('2020-07-09T04:00:00Z')
    const rows = [
      { id: 'fresh', day: '2020-07-09', count: 10 },
      { id: 'last-week', day: '2020-07-04', count: 30 },
      { id: 'last-month', day: '2020-06-15', count: 50 },
      { id: 'too-old', day: '2020-06-01', count: 500 },
    ]
    const ranked = rankAllPeriods(rows, now, 10)
    expect(ranked.threeDays.map((entry) => entry.id)).toEqual(['fresh'])
    expect(ranked.week.map((entry) => entry.id)).toEqual(['last-week', 'fresh'])
    expect(ranked.month.map((entry) => entry.id)).toEqual(['last-month', 'last-week', 'fresh'])
  })
})
