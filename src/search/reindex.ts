import { setImmediate as nextTurn } from 'node:timers/promises'

import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'

import { readRule } from '@/lib/readRule'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'

import { entrySource } from './entries'
import { entryData, unchanged, type EntryData } from './indexEntries'
import { SEARCH_INDEX_SLUG, SEARCHABLE_COLLECTIONS, type SearchableCollection } from './searchable'

type Id = number | string

// Documents per batch: one read, one look-up of their rows, one transaction of writes, one checkpoint.
const BATCH = 500

const CHECKPOINT_KEY = 'search-reindex'

export type ReindexResult = { indexed: number; written: number; removed: number }

/** Where a rebuild has got to: kept in the database after every batch, so that a new run carries on from there. */
type Checkpoint = ReindexResult & {
  /** The collection being read, or `prune` once rows whose document readers no longer see are being dropped. */
  step: SearchableCollection | 'prune'
  /** The last id done: of the step's documents, or of the index's rows when pruning. */
  after: Id | null
}

export type ReindexProgress = Checkpoint & {
  /** Of `total`, the step's documents (or, pruning, the index's rows) done so far. */
  done: number
  total: number
}

export type ReindexOptions = {
  /** Told after every batch. */
  onProgress?: (progress: ReindexProgress) => void
  /** Told once, when a run carries on from an earlier one that stopped half-way. */
  onResume?: (checkpoint: Checkpoint) => void
  /** Forget an unfinished earlier run and start again from the beginning. */
  restart?: boolean
}

const STEPS: Checkpoint['step'][] = [...SEARCHABLE_COLLECTIONS, 'prune']

const both = (...conditions: (Where | null)[]): Where => {
  const given = conditions.filter((condition): condition is Where => condition !== null)
  return given.length === 1 ? given[0] : { and: given }
}

const after = (id: Id | null): Where | null => (id === null ? null : { id: { greater_than: id } })

/** The next batch in id order after `last`, read through the database adapter (see readRule). */
const batchAfter = async <T extends { id: Id }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where | null,
  last: Id | null,
  select?: Record<string, true>,
) =>
  (
    await req.payload.db.find<T>({
      collection,
      where: both(where, after(last)),
      sort: 'id',
      limit: BATCH,
      pagination: false,
      select,
      req,
    })
  ).docs

const countOf = async (req: PayloadRequest, collection: CollectionSlug, ...where: (Where | null)[]) =>
  (await req.payload.db.count({ collection, where: both(...where), req })).totalDocs

/** Region names by region id (searched as a document's words), read once per region per run. */
const regionBook = (req: PayloadRequest) => {
  const known = new Map<string, string[]>()
  return async (ids: Id[]): Promise<(id: Id) => string[]> => {
    const missing = [...new Set(ids.map(String))].filter((id) => !known.has(id))
    if (missing.length > 0) {
      for (const id of missing) known.set(id, [])
      const { docs } = await req.payload.db.find<{ id: Id; name: string; fullName?: string | null }>({
        collection: 'regions',
        where: { id: { in: missing } },
        select: { name: true, fullName: true },
        pagination: false,
        limit: 0,
        req,
      })
      for (const region of docs) known.set(String(region.id), [region.name, region.fullName ?? ''])
    }
    return (id) => known.get(String(id)) ?? []
  }
}

/** A batch's writes in one transaction where the adapter has them: the whole batch is written, or none of it. */
const inTransaction = async (req: PayloadRequest, write: (req: PayloadRequest) => Promise<void>) => {
  const transactionID = (await req.payload.db.beginTransaction()) ?? undefined
  try {
    await write({ ...req, transactionID } as PayloadRequest)
    if (transactionID !== undefined) await req.payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await req.payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

type IndexRow = Partial<EntryData> & { id: Id; sourceId: string }

/**
 * Indexes a batch of one collection's documents: each row built as the collections' hooks build it, and written only
 * when it is missing or says something else. The index's rows have no hooks, access or validation of their own, so
 * they are written through the adapter, without Payload's per-document pass. Says how many rows it wrote.
 */
const indexBatch = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  docs: Record<string, unknown>[],
  regionWords: ReturnType<typeof regionBook>,
): Promise<number> => {
  const sources = docs.map((doc) => ({ sourceId: String(doc.id), source: entrySource(collection, doc) }))
  const wordsOf = await regionWords(sources.flatMap(({ source }) => source.regions))
  const { docs: rows } = await req.payload.db.find<IndexRow>({
    collection: SEARCH_INDEX_SLUG,
    where: {
      and: [
        { sourceCollection: { equals: collection } },
        { sourceId: { in: sources.map(({ sourceId }) => sourceId) } },
      ],
    },
    select: { sourceId: true, title: true, path: true, excerpt: true, date: true, regions: true, tokens: true },
    pagination: false,
    limit: 0,
    req,
  })
  const rowOf = new Map(rows.map((row) => [row.sourceId, row]))
  const writes = sources.flatMap(({ sourceId, source }) => {
    const data = entryData(source, source.regions.flatMap(wordsOf))
    const row = rowOf.get(sourceId)
    return row && unchanged(row, data) ? [] : [{ row, sourceId, data }]
  })
  if (writes.length === 0) return 0
  const now = new Date().toISOString()
  await inTransaction(req, async (inside) => {
    for (const { row, sourceId, data } of writes) {
      if (row) {
        await req.payload.db.updateOne({
          collection: SEARCH_INDEX_SLUG,
          id: row.id,
          data: { ...data, sourceCollection: collection, sourceId, updatedAt: now },
          req: inside,
        })
      } else {
        await req.payload.db.create({
          collection: SEARCH_INDEX_SLUG,
          data: { ...data, sourceCollection: collection, sourceId, createdAt: now, updatedAt: now },
          req: inside,
        })
      }
    }
  })
  return writes.length
}

type SourceRow = { id: Id; sourceCollection: string; sourceId: string }

/** What an anonymous reader may see of each collection: nothing (false), everything (null), or a condition. */
type ReaderRules = Map<SearchableCollection, Where | null | false>

/** Drops the rows of a batch whose document is gone or hidden from readers. Says how many it dropped. */
const pruneBatch = async (req: PayloadRequest, readerRules: ReaderRules, rows: SourceRow[]): Promise<number> => {
  const seen = new Set<string>()
  for (const [collection, rule] of readerRules) {
    // Ids as the database stores them; a source id that no id of the collection can look like names no document
    const shape = idShape(req.payload, collection)
    const ids = rows
      .filter((row) => row.sourceCollection === collection)
      .map((row) => documentIdFrom(row.sourceId, shape))
      .filter((id): id is Id => id !== null)
    if (ids.length === 0 || rule === false) continue
    const { docs } = await req.payload.db.find<{ id: Id }>({
      collection,
      where: both({ id: { in: ids } }, rule),
      select: { updatedAt: true },
      pagination: false,
      limit: 0,
      req,
    })
    for (const doc of docs) seen.add(`${collection}:${doc.id}`)
  }
  const stale = rows.filter((row) => !seen.has(`${row.sourceCollection}:${row.sourceId}`)).map((row) => row.id)
  if (stale.length > 0) {
    await req.payload.db.deleteMany({ collection: SEARCH_INDEX_SLUG, where: { id: { in: stale } }, req })
  }
  return stale.length
}

/**
 * Rebuilds the search index from what readers may see now (each collection read under an anonymous reader's
 * access), and drops rows whose document is gone or hidden. For databases filled before the index existed, or after
 * changing how text is tokenised. Rows already up to date are not rewritten, so running it twice writes nothing.
 *
 * Documents are read in id order a batch at a time, and where the run has got to is kept in the database (Payload's
 * key-value store) after each batch: a run that stops half-way (a crash, a killed process) is carried on by the next
 * from its last finished batch, unless told to restart.
 */
export const reindexSearch = async (payload: Payload, options: ReindexOptions = {}): Promise<ReindexResult> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const reader = { ...req, user: null } as PayloadRequest
  const readerRules: ReaderRules = new Map()
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const rule = await readRule(reader, collection)
    readerRules.set(collection, rule === true ? null : rule)
  }
  const earlier = options.restart ? null : await payload.kv.get<Checkpoint>(CHECKPOINT_KEY)
  if (earlier) options.onResume?.(earlier)
  let at: Checkpoint = earlier ?? { step: STEPS[0], after: null, indexed: 0, written: 0, removed: 0 }
  const regionWords = regionBook(req)

  for (const step of STEPS.slice(STEPS.indexOf(at.step))) {
    const collection = step === 'prune' ? SEARCH_INDEX_SLUG : step
    const rule = step === 'prune' ? null : (readerRules.get(step) ?? false)
    const last = at.step === step ? at.after : null
    at = { ...at, step, after: last }
    // A collection readers may see none of has nothing to index
    if (rule === false) continue
    const where = rule
    const total = await countOf(req, collection, where)
    let done = last === null ? 0 : await countOf(req, collection, where, { id: { less_than_equal: last } })
    for (;;) {
      const batch =
        step === 'prune'
          ? await batchAfter<SourceRow>(req, collection, null, at.after, { sourceCollection: true, sourceId: true })
          : await batchAfter<Record<string, unknown> & { id: Id }>(req, collection, where, at.after)
      if (batch.length === 0) break
      if (step === 'prune') {
        at = { ...at, removed: at.removed + (await pruneBatch(req, readerRules, batch as SourceRow[])) }
      } else {
        const written = await indexBatch(req, step, batch, regionWords)
        at = { ...at, indexed: at.indexed + batch.length, written: at.written + written }
      }
      at = { ...at, after: batch[batch.length - 1].id }
      done += batch.length
      await payload.kv.set(CHECKPOINT_KEY, at)
      options.onProgress?.({ ...at, done, total })
      // The embedded database answers synchronously: a turn of the event loop between batches lets a server that
      // runs this between requests go on answering them.
      await nextTurn()
      if (batch.length < BATCH) break
    }
  }
  await payload.kv.delete(CHECKPOINT_KEY)
  return { indexed: at.indexed, written: at.written, removed: at.removed }
}
