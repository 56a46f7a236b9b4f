import type { Payload } from 'payload'

import { idShape, isWellFormedId } from '@/lib/wellFormedId'

import { parseViewKey, type ViewedCollection } from './viewTarget'
import { updateViewTotals } from './viewTotals'

export type FlushResult = { views: number; writes: number; ignored: number }

type Pending = { collection: ViewedCollection; id: string; day: string; count: number }

const groupByCollection = (counts: Map<string, number>) => {
  const groups = new Map<ViewedCollection, Pending[]>()
  for (const [key, count] of counts) {
    const parsed = parseViewKey(key)
    const group = groups.get(parsed.collection) ?? []
    group.push({ ...parsed, count })
    groups.set(parsed.collection, group)
  }
  return groups
}

/** Which of these ids name documents readers can see: views of anything else are dropped without a write. */
const publishedIds = async (payload: Payload, collection: ViewedCollection, ids: string[]) => {
  // An id no document of this database can have (a number where ids are UUIDs) is not asked for: the query would fail
  const shape = idShape(payload, collection)
  const possible = ids.filter((id) => isWellFormedId(id, shape))
  if (possible.length === 0) return new Set<string>()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: possible } },
    // Any one field: only whether the document is there matters.
    select: { createdAt: true },
    depth: 0,
    limit: possible.length,
    pagination: false,
    overrideAccess: false,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

const rowKey = (docId: string, day: string) => `${docId}|${day}`

const existingRows = async (payload: Payload, collection: ViewedCollection, pending: Pending[]) => {
  const { docs } = await payload.find({
    collection: 'page-views',
    where: {
      and: [
        { viewedCollection: { equals: collection } },
        { docId: { in: [...new Set(pending.map((row) => row.id))] } },
        { day: { in: [...new Set(pending.map((row) => row.day))] } },
      ],
    },
    select: { docId: true, day: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [rowKey(doc.docId, doc.day), doc.id]))
}

const increment = (payload: Payload, id: number | string, count: number) =>
  payload.db.updateOne({ collection: 'page-views', id, data: { count: { $inc: count } } })

/** Creates the day's row; when another server created it first (the unique index refuses), adds to that one. */
const createOrIncrement = async (payload: Payload, row: Pending) => {
  try {
    await payload.create({
      collection: 'page-views',
      data: { viewedCollection: row.collection, docId: row.id, day: row.day, count: row.count },
      overrideAccess: true,
    })
  } catch {
    const existing = await existingRows(payload, row.collection, [row])
    const id = existing.get(rowKey(row.id, row.day))
    if (id == null) throw new Error(`page-views row for ${row.collection} ${row.id} on ${row.day} could not be written`)
    await increment(payload, id, row.count)
  }
}

/**
 * Writes one batch of buffered views: one write per document and day however many views it holds, raised
 * atomically ($inc, on both database adapters) so servers flushing at once do not lose each other's counts; then
 * the period totals of the documents written, which the hot list ranks by.
 */
export const writeViewCounts = async (payload: Payload, counts: Map<string, number>): Promise<FlushResult> => {
  const result: FlushResult = { views: 0, writes: 0, ignored: 0 }
  for (const [collection, pending] of groupByCollection(counts)) {
    const known = await publishedIds(payload, collection, [...new Set(pending.map((row) => row.id))])
    const toWrite = pending.filter((row) => known.has(row.id))
    for (const row of pending) if (!known.has(row.id)) result.ignored += row.count
    if (toWrite.length === 0) continue
    const rows = await existingRows(payload, collection, toWrite)
    for (const row of toWrite) {
      const id = rows.get(rowKey(row.id, row.day))
      if (id == null) await createOrIncrement(payload, row)
      else await increment(payload, id, row.count)
      result.views += row.count
      result.writes += 1
    }
    await updateViewTotals(payload, collection, [...new Set(toWrite.map((row) => row.id))])
  }
  return result
}
