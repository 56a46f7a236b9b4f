import { createLocalReq, type Payload, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'

import { listingRows, type ListedArticle } from '@/collections/ArticleListings/listingRows'
import { relationId } from '@/lib/relationId'
import type { SearchableCollection } from '@/search/searchable'
import { HOT_PERIODS, firstDayOf } from '@/views/viewDays'
import { updateViewTotals } from '@/views/viewTotals'

import { prepareArticles } from './prepareArticles'
import { prepareCases, prepareReviews } from './prepareCaseCall'
import { prepareEvents } from './prepareEvents'
import { searchTexts, writeSearchEntries } from './searchEntries'
import { startTokeniser } from './tokeniser'
import { writeDocuments, type DocumentData, type Id } from './writeDocuments'

/** What one collection's bulk import does around the plain write, standing in for that collection's hooks. */
type Plan = {
  prepare?: (req: PayloadRequest, docs: DocumentData[]) => Promise<DocumentData[]>
  /** The collection's search index rows are written with it. */
  searchable?: SearchableCollection
  /** Fields whose values together are unique among new documents (a slug, a unique index): inserted together. */
  key?: string[]
  afterWrite?: (req: PayloadRequest, written: (DocumentData & { id: Id })[]) => Promise<void>
}

/**
 * A vote's counter on its case, raised atomically by the number of votes the batch holds for it (the vote endpoint
 * raises it by one per vote).
 */
const countVotes = async (req: PayloadRequest, votes: DocumentData[]) => {
  const perCase = new Map<string, { id: Id; count: number }>()
  for (const vote of votes) {
    const id = relationId(vote.case as Id) as Id
    const entry = perCase.get(String(id)) ?? { id, count: 0 }
    entry.count++
    perCase.set(String(id), entry)
  }
  for (const { id, count } of perCase.values()) {
    await req.payload.db.updateOne({
      collection: 'case-submissions',
      id,
      data: { votes: { $inc: count } },
      req,
      returning: false,
    })
  }
}

/** The published articles' listing rows, by region, topic and category (articleListingsHooks on a save). */
const listArticles = async (req: PayloadRequest, articles: DocumentData[]) => {
  const published = articles.filter((article) => article._status === 'published') as ListedArticle[]
  await writeDocuments(req, 'article-listings', await listingRows(req, published), { key: ['articleId', 'listing'] })
}

/** The period totals of the documents this batch has views of within the last month (the view flush's recount). */
const countRecentViews = async (req: PayloadRequest, rows: DocumentData[]) => {
  const firstDay = firstDayOf(HOT_PERIODS.month, new Date())
  const docIds = [...new Set(rows.filter((row) => String(row.day) >= firstDay).map((row) => String(row.docId)))]
  if (docIds.length > 0) await updateViewTotals(req.payload, 'articles', docIds, { req })
}

const PLANS = {
  articles: { prepare: prepareArticles, searchable: 'articles', key: ['slug'], afterWrite: listArticles },
  'livestream-events': { prepare: prepareEvents, searchable: 'livestream-events', key: ['slug'] },
  'case-submissions': { prepare: prepareCases, searchable: 'case-submissions' },
  'case-reviews': { prepare: prepareReviews, key: ['case', 'reviewer'] },
  'case-votes': { afterWrite: countVotes, key: ['voter', 'day', 'case'] },
  'audit-events': {},
  'page-views': { afterWrite: countRecentViews, key: ['viewedCollection', 'docId', 'day'] },
} satisfies Record<string, Plan>

export type BulkCollection = keyof typeof PLANS

/** A document as given to the bulk import: the collection's own data, with its original dates when it has them. */
export type BulkDocument<S extends BulkCollection> = RequiredDataFromCollectionSlug<S> & {
  createdAt?: string
  updatedAt?: string
}

export type BulkProgress = { collection: BulkCollection; written: number; searchEntries: number; seconds: number }

export type BulkOptions = {
  /** Documents per transaction. */
  batchSize?: number
  /** Called after each committed batch with that batch's ids and the running totals. */
  onBatch?: (ids: Id[], progress: BulkProgress) => void
}

const DEFAULT_BATCH = 250

/** Runs one batch in a transaction of its own: all of it is committed, or none of it (the error is rethrown). */
const inTransaction = async <T>(payload: Payload, write: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID != null) req.transactionID = transactionID
  try {
    const result = await write(req)
    if (transactionID != null) await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    if (transactionID != null) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

async function* batchesOf<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = []
  for await (const item of items) {
    batch.push(item)
    if (batch.length === size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * Imports new documents of one collection in batches of a few hundred, each batch in one transaction: the document
 * rows with everything that hangs off them (relationship, array and version rows, the version marked latest), the
 * search index rows of what readers may see, and the counters the collection's hooks keep (a case's vote count).
 * For a newsroom's archive and for benchmark data: the collection hooks do not run, so nothing is mailed and no page
 * cache expires; what those hooks add to a document is added here (see the plans above), with the same rules. A
 * batch that fails leaves nothing behind and stops the import; earlier batches stay committed. Returns every id, in
 * the order given.
 */
export const bulkImport = async <S extends BulkCollection>(
  payload: Payload,
  collection: S,
  documents: Iterable<BulkDocument<S>> | AsyncIterable<BulkDocument<S>>,
  { batchSize = DEFAULT_BATCH, onBatch }: BulkOptions = {},
): Promise<{ ids: Id[]; progress: BulkProgress }> => {
  const plan: Plan = PLANS[collection]
  const started = performance.now()
  const progress: BulkProgress = { collection, written: 0, searchEntries: 0, seconds: 0 }
  const regionNames = new Map<string, string[]>()
  const ids: Id[] = []
  const search = plan.searchable ? { collection: plan.searchable, tokeniser: await startTokeniser() } : null
  try {
    for await (const batch of batchesOf(documents as Iterable<DocumentData>, batchSize)) {
      const { written, searchEntries } = await inTransaction(payload, async (req) => {
        const prepared = plan.prepare ? await plan.prepare(req, batch) : batch
        // Tokenised in the worker while this thread writes the rows
        const tokens = search
          ? search.tokeniser.tokens(await searchTexts(req, search.collection, prepared, regionNames))
          : null
        tokens?.catch(() => undefined)
        const newIds = await writeDocuments(req, collection, prepared, { key: plan.key })
        const docs = prepared.map((doc, index) => ({ ...doc, id: newIds[index] }))
        const entries = search && tokens ? await writeSearchEntries(req, search.collection, docs, await tokens) : 0
        await plan.afterWrite?.(req, docs)
        return { written: newIds, searchEntries: entries }
      })
      ids.push(...written)
      progress.written += written.length
      progress.searchEntries += searchEntries
      progress.seconds = (performance.now() - started) / 1000
      onBatch?.(written, progress)
    }
  } finally {
    await search?.tokeniser.close()
  }
  return { ids, progress }
}
