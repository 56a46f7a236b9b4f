import type { BulkDocument } from '@/import/bulk/bulkImport'
import type { Id } from '@/import/bulk/writeDocuments'
import { viewDay } from '@/views/viewDays'

import type { Random } from './random'

const DAY = 86_400_000

export type PublishedArticle = { id: Id; publishedAt: number }

/**
 * The daily counters (page-views: one row per article and Beijing day) holding `total` views in all: every
 * article read on its first days, the last three months' articles read every day of the last thirty (what the hot
 * lists sum), a few older ones found again. Row weights are drawn first, then the views shared out in proportion,
 * so the counts add up to exactly `total`.
 */
export function* pageViews(
  random: Random,
  published: PublishedArticle[],
  total: number,
  now: Date,
): Generator<BulkDocument<'page-views'>> {
  const rows: { id: Id; day: string; weight: number }[] = []
  const today = now.getTime()
  for (const article of published) {
    const days = new Map<string, number>()
    const age = Math.floor((today - article.publishedAt) / DAY)
    const first = age < 90 ? Math.min(age, 30) + 1 : random.int(1, 3)
    for (let offset = 0; offset < first; offset++) {
      const at = age < 90 ? today - offset * DAY : article.publishedAt + offset * DAY
      if (at > today) break
      // Fresh stories are read most; interest falls off day by day
      days.set(viewDay(new Date(at)), random.int(1, 20) / (1 + (age < 90 ? age - offset : offset)))
    }
    if (random.chance(0.05)) days.set(viewDay(new Date(today - random.int(0, 365) * DAY)), random.next())
    for (const [day, weight] of days) rows.push({ id: article.id, day, weight })
  }
  const sum = rows.reduce((all, row) => all + row.weight, 0)
  let left = total
  for (const [index, row] of rows.entries()) {
    const last = index === rows.length - 1
    const count = last ? left : Math.min(left, Math.max(1, Math.round((row.weight / sum) * total)))
    left -= count
    if (count > 0) yield { viewedCollection: 'articles', docId: String(row.id), day: row.day, count }
  }
}
