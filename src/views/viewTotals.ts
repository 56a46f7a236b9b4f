import type { Payload, PayloadRequest } from 'payload'

import type { PageView } from '@/payload-types'

import type { DailyViews } from './rankViews'
import { HOT_PERIODS, firstDayOf, viewDay, type HotPeriod } from './viewDays'
import type { ViewedCollection } from './viewTarget'

export type PeriodTotals = Record<HotPeriod, number>

type Options = { now?: Date; req?: PayloadRequest }

const PERIODS = Object.entries(HOT_PERIODS) as [HotPeriod, number][]

/** The daily counters of these documents from `firstDay` on: at most a month of rows each. */
export const dailyViews = async (
  payload: Payload,
  collection: ViewedCollection,
  docIds: string[],
  firstDay: string,
  req?: PayloadRequest,
): Promise<DailyViews[]> => {
  if (docIds.length === 0) return []
  // Straight from the database adapter: up to thirty rows a document, and the hot list reads them for hundreds of
  // documents when many tie; Payload's read hooks and access checks, with nothing to do here, doubled the time
  const { docs } = await payload.db.find<PageView>({
    collection: 'page-views',
    where: {
      and: [
        { viewedCollection: { equals: collection } },
        { docId: { in: docIds } },
        { day: { greater_than_equal: firstDay } },
      ],
    },
    select: { docId: true, day: true, count: true },
    limit: 0,
    pagination: false,
    req,
  })
  return docs.map((row) => ({ id: row.docId, day: row.day, count: row.count }))
}

/** Each document's views in every period ending on `now`'s day. */
export const periodTotals = (rows: DailyViews[], now: Date): Map<string, PeriodTotals> => {
  const firstDays = PERIODS.map(([period, days]) => [period, firstDayOf(days, now)] as const)
  const totals = new Map<string, PeriodTotals>()
  for (const row of rows) {
    const entry = totals.get(String(row.id)) ?? { threeDays: 0, week: 0, month: 0 }
    for (const [period, first] of firstDays) if (row.day >= first) entry[period] += row.count
    totals.set(String(row.id), entry)
  }
  return totals
}

/**
 * Recounts the period totals of these documents from their daily counters, as of today, and drops the rows of
 * documents nobody has read for a month. Run by the view flush after it writes (and by an import after each batch
 * of daily counters), so the cost follows the documents just read, never the whole history. A stored total is
 * exact on the day it was counted and an upper bound afterwards (days only leave a period), which is what lets the
 * hot list read just the top rows.
 */
export const updateViewTotals = async (
  payload: Payload,
  collection: ViewedCollection,
  docIds: string[],
  { now = new Date(), req }: Options = {},
) => {
  const firstOfMonth = firstDayOf(HOT_PERIODS.month, now)
  const totals = periodTotals(await dailyViews(payload, collection, docIds, firstOfMonth, req), now)
  const { docs: existing } = await payload.find({
    collection: 'view-totals',
    where: { and: [{ viewedCollection: { equals: collection } }, { docId: { in: docIds } }] },
    select: { docId: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rowOf = new Map(existing.map((row) => [row.docId, row.id]))
  const asOf = viewDay(now)
  for (const docId of new Set(docIds)) {
    const data = { asOf, ...(totals.get(docId) ?? { threeDays: 0, week: 0, month: 0 }) }
    const id = rowOf.get(docId)
    if (id != null) {
      await payload.db.updateOne({ collection: 'view-totals', id, data, req })
      continue
    }
    try {
      await payload.create({
        collection: 'view-totals',
        data: { viewedCollection: collection, docId, ...data },
        overrideAccess: true,
        req,
      })
    } catch {
      // Another server added this document's row first (the unique index refused ours): it is counted the same way
      await payload.db.updateOne({
        collection: 'view-totals',
        where: { and: [{ viewedCollection: { equals: collection } }, { docId: { equals: docId } }] },
        data,
        req,
      })
    }
  }
  await payload.db.deleteMany({ collection: 'view-totals', where: { asOf: { less_than: firstOfMonth } }, req })
}
