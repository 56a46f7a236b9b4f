import { HOT_PERIODS, firstDayOf, type HotPeriod } from './viewDays'

export type DailyViews = { id: number | string; day: string; count: number }

export type RankedDocument = { id: number | string; views: number }

/**
 * Sums daily counters over a period ending today and ranks documents by views. Ties go to the document read more
 * recently (more views on its latest day), then to the one published later (`publishedAt`, milliseconds by id), then
 * to the higher id, so the order is stable between renders. Ids alone do not tell which is newer: UUIDs are random.
 */
export const rankViews = (
  rows: DailyViews[],
  firstDay: string,
  limit: number,
  publishedAt: ReadonlyMap<string, number> = new Map(),
): RankedDocument[] => {
  const totals = new Map<string, { id: number | string; views: number; latestDay: string; latestCount: number }>()
  for (const row of rows) {
    if (row.day < firstDay || !(row.count > 0)) continue
    const key = String(row.id)
    const entry = totals.get(key) ?? { id: row.id, views: 0, latestDay: '', latestCount: 0 }
    entry.views += row.count
    if (row.day > entry.latestDay) {
      entry.latestDay = row.day
      entry.latestCount = row.count
    } else if (row.day === entry.latestDay) entry.latestCount += row.count
    totals.set(key, entry)
  }
  return [...totals.values()]
    .sort(
      (a, b) =>
        b.views - a.views ||
        b.latestDay.localeCompare(a.latestDay) ||
        b.latestCount - a.latestCount ||
        (publishedAt.get(String(b.id)) ?? 0) - (publishedAt.get(String(a.id)) ?? 0) ||
        String(b.id).localeCompare(String(a.id), 'en', { numeric: true }),
    )
    .slice(0, limit)
    .map(({ id, views }) => ({ id, views }))
}

/** The ranking of every hot-list period from one read of the longest period's counters. */
export const rankAllPeriods = (rows: DailyViews[], now: Date, limit: number): Record<HotPeriod, RankedDocument[]> => {
  const periods = Object.entries(HOT_PERIODS) as [HotPeriod, number][]
  return Object.fromEntries(
    periods.map(([period, days]) => [period, rankViews(rows, firstDayOf(days, now), limit)]),
  ) as Record<HotPeriod, RankedDocument[]>
}
