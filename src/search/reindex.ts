import { createLocalReq, type Payload } from 'payload'

import { writeEntry } from './indexEntries'
import { SEARCH_INDEX_SLUG, SEARCHABLE_COLLECTIONS } from './searchable'

const BATCH = 100

export type ReindexResult = { indexed: number; written: number; removed: number }

/**
 * Rebuilds the search index from what readers may see now (each collection read with an anonymous reader's
 * access), and drops rows whose document is gone or hidden. For databases filled before the index existed, or
 * after changing how text is tokenised. Rows already up to date are not rewritten, so running it twice writes nothing.
 */
export const reindexSearch = async (payload: Payload): Promise<ReindexResult> => {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const kept = new Set<string>()
  let written = 0
  for (const collection of SEARCHABLE_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        page,
        limit: BATCH,
        sort: 'id',
        depth: 0,
        overrideAccess: false,
        req,
      })
      for (const doc of docs) {
        if (await writeEntry(req, collection, doc as unknown as Record<string, unknown>)) written++
        kept.add(`${collection}:${doc.id}`)
      }
      if (!hasNextPage) break
    }
  }
  const rows = await payload.find({
    collection: SEARCH_INDEX_SLUG,
    pagination: false,
    depth: 0,
    select: { sourceCollection: true, sourceId: true },
    overrideAccess: true,
  })
  const stale = rows.docs.filter((row) => !kept.has(`${row.sourceCollection}:${row.sourceId}`)).map((row) => row.id)
  if (stale.length > 0) {
    await payload.delete({ collection: SEARCH_INDEX_SLUG, where: { id: { in: stale } }, overrideAccess: true, req })
  }
  return { indexed: kept.size, written, removed: stale.length }
}
