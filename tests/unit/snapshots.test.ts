import { describe, expect, it } from 'vitest'

import { formatCount, formatFen } from '@/metrics/formatChinese'
import {
  type MetricSnapshot,
  chartSeries,
  currentFigures,
  figuresOf,
  latestSnapshot,
  rollUp,
} from '@/metrics/snapshots'

const ZERO = {
  visits: 0,
  peakViewers: 0,
  onlineSalesFen: 0,
  offlineSalesFen: 0,
  orderValueFen: 0,
  totalSalesFen: 0,
  unitsSold: 0,
  dealerInquiries: 0,
}

// Licheng district's livestream, reported three times during the day and listed out of order
const lichengNoon: MetricSnapshot = {
  asOf: '2020-06-18T12:00:00+08:00',
  visits: 1_200_000,
  peakViewers: 60_000,
  onlineSalesFen: 250_000_000,
  offlineSalesFen: 100_000_000,
  orderValueFen: 200_000_000,
  unitsSold: 20_000,
  dealerInquiries: 90,
}
const lichengFinal: MetricSnapshot = {
  asOf: '2020-06-18T22:00:00+08:00',
  visits: 3_000_000,
  peakViewers: 120_000,
  onlineSalesFen: 600_000_000,
  offlineSalesFen: 338_000_000,
  orderValueFen: 500_000_000,
  unitsSold: 52_000,
  dealerInquiries: 310,
  sourceNote: '区商务局通报',
}
const lichengMorning: MetricSnapshot = {
  asOf: '2020-06-18T09:30:00+08:00',
  visits: 300_000,
  peakViewers: 20_000,
  onlineSalesFen: 40_000_000,
  offlineSalesFen: null,
  orderValueFen: 10_000_000,
  unitsSold: 3_000,
  dealerInquiries: 12,
}

// Yong'an's livestream with the deputy mayor: 4 million yuan, 800,000 of it a flooring brand's orders
const yonganFinal: MetricSnapshot = {
  asOf: '2020-05-20T21:00:00+08:00',
  visits: 1_160_000,
  peakViewers: 180_000,
  onlineSalesFen: 320_000_000,
  offlineSalesFen: null,
  orderValueFen: 80_000_000,
  unitsSold: 9_500,
  dealerInquiries: 45,
}
const yonganEarly: MetricSnapshot = {
  asOf: '2020-05-20T15:00:00+08:00',
  visits: 400_000,
  peakViewers: 90_000,
  onlineSalesFen: 100_000_000,
  orderValueFen: 30_000_000,
  unitsSold: 2_000,
  dealerInquiries: 10,
}

const licheng = { snapshots: [lichengNoon, lichengFinal, lichengMorning] }
const yongan = { snapshots: [yonganFinal, yonganEarly] }

describe('latestSnapshot', () => {
  it('picks the snapshot with the latest asOf, wherever it is in the list', () => {
    expect(latestSnapshot(licheng.snapshots)).toBe(lichengFinal)
    expect(latestSnapshot(yongan.snapshots)).toBe(yonganFinal)
    expect(latestSnapshot([lichengMorning, lichengNoon])).toBe(lichengNoon)
  })

  it('compares moments, not strings, across time zones', () => {
    const beijingEvening = { asOf: '2020-06-18T20:00:00+08:00', visits: 1 } // 12:00 UTC
    const utcAfternoon = { asOf: '2020-06-18T13:00:00Z', visits: 2 }
    expect(latestSnapshot([utcAfternoon, beijingEvening])).toBe(utcAfternoon)
  })

  it('lets the later entry win when two share an asOf', () => {
    const first = { asOf: '2020-06-18T22:00:00+08:00', visits: 1 }
    const second = { asOf: '2020-06-18T14:00:00Z', visits: 2 } // the same moment
    expect(latestSnapshot([first, second])).toBe(second)
    expect(latestSnapshot([second, first])).toBe(first)
  })

  it('ignores snapshots whose asOf cannot be read', () => {
    const unreadable = { asOf: 'yesterday evening', visits: 9_000_000 }
    const blank = { asOf: '', visits: 8_000_000 }
    expect(latestSnapshot([lichengNoon, unreadable, blank])).toBe(lichengNoon)
    expect(latestSnapshot([unreadable, blank])).toBeNull()
  })

  it('returns null when there are no snapshots', () => {
    expect(latestSnapshot([])).toBeNull()
    expect(latestSnapshot(null)).toBeNull()
    expect(latestSnapshot(undefined)).toBeNull()
  })
})

describe('figuresOf', () => {
  it('totals sales with orders included', () => {
    const figures = figuresOf(lichengFinal)
    expect(figures).toEqual({
      asOf: '2020-06-18T22:00:00+08:00',
      visits: 3_000_000,
      peakViewers: 120_000,
      onlineSalesFen: 600_000_000,
      offlineSalesFen: 338_000_000,
      orderValueFen: 500_000_000,
      totalSalesFen: 1_438_000_000,
      unitsSold: 52_000,
      dealerInquiries: 310,
    })
    expect(formatFen(figures.totalSalesFen)).toBe('1438万元')
    expect(formatCount(figures.visits)).toBe('300万')
  })

  it('counts missing and null figures as 0', () => {
    const figures = figuresOf(yonganFinal)
    expect(figures.offlineSalesFen).toBe(0)
    expect(figures.totalSalesFen).toBe(400_000_000)
    expect(formatFen(figures.totalSalesFen)).toBe('400万元')
    expect(formatFen(figures.orderValueFen)).toBe('80万元')
    expect(figuresOf({ asOf: '2020-05-20T09:00:00+08:00', visits: null })).toEqual({
      asOf: '2020-05-20T09:00:00+08:00',
      ...ZERO,
    })
  })

  it('gives all zeros and no asOf for no snapshot', () => {
    expect(figuresOf(null)).toEqual({ asOf: null, ...ZERO })
  })
})

describe('currentFigures', () => {
  it('reports the latest snapshot only', () => {
    expect(currentFigures(licheng.snapshots)).toEqual(figuresOf(lichengFinal))
    expect(currentFigures(licheng.snapshots).visits).toBe(3_000_000)
  })

  it('gives zeros when nothing usable is reported', () => {
    expect(currentFigures(null)).toEqual({ asOf: null, ...ZERO })
    expect(currentFigures([{ asOf: 'unknown', visits: 5 }])).toEqual({ asOf: null, ...ZERO })
  })
})

describe('rollUp', () => {
  const expected = {
    asOf: '2020-06-18T22:00:00+08:00',
    visits: 4_160_000,
    peakViewers: 180_000,
    onlineSalesFen: 920_000_000,
    offlineSalesFen: 338_000_000,
    orderValueFen: 580_000_000,
    totalSalesFen: 1_838_000_000,
    unitsSold: 61_500,
    dealerInquiries: 355,
    events: 2,
  }

  it("adds each event's latest figures once and takes the highest peak", () => {
    const totals = rollUp([licheng, yongan])
    expect(totals).toEqual(expected)
    expect(formatFen(totals.totalSalesFen)).toBe('1838万元')
    expect(formatCount(totals.visits)).toBe('416万')
  })

  it('dates the totals by the latest event report whatever the order of events', () => {
    expect(rollUp([yongan, licheng])).toEqual(expected)
  })

  it('counts events without snapshots but adds nothing for them', () => {
    expect(rollUp([licheng, { snapshots: null }, {}, yongan])).toEqual({ ...expected, events: 4 })
  })

  it('gives zeros and no asOf for no events', () => {
    expect(rollUp([])).toEqual({ asOf: null, ...ZERO, events: 0 })
    expect(rollUp([{ snapshots: [] }])).toEqual({ asOf: null, ...ZERO, events: 1 })
  })
})

describe('chartSeries', () => {
  it('lists visits and total sales oldest first', () => {
    expect(chartSeries(licheng.snapshots)).toEqual([
      { asOf: '2020-06-18T09:30:00+08:00', visits: 300_000, totalSalesFen: 50_000_000 },
      { asOf: '2020-06-18T12:00:00+08:00', visits: 1_200_000, totalSalesFen: 550_000_000 },
      { asOf: '2020-06-18T22:00:00+08:00', visits: 3_000_000, totalSalesFen: 1_438_000_000 },
    ])
  })

  it('leaves out unreadable dates and keeps equal dates in their listed order', () => {
    const series = chartSeries([
      { asOf: '2020-06-18T14:00:00Z', visits: 2 },
      { asOf: 'not a date', visits: 99 },
      { asOf: '2020-06-18T22:00:00+08:00', visits: 3 }, // the same moment as the first
      { asOf: '2020-06-18T08:00:00+08:00', visits: 1, onlineSalesFen: null },
    ])
    expect(series.map((point) => point.visits)).toEqual([1, 2, 3])
    expect(series[0]).toEqual({ asOf: '2020-06-18T08:00:00+08:00', visits: 1, totalSalesFen: 0 })
  })

  it('is empty for no snapshots', () => {
    expect(chartSeries([])).toEqual([])
    expect(chartSeries(null)).toEqual([])
    expect(chartSeries(undefined)).toEqual([])
  })
})
