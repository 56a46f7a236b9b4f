import type { PayloadRequest, Where } from 'payload'

import { entrySource } from '@/search/entries'
import { SEARCH_INDEX_SLUG, type SearchableCollection } from '@/search/searchable'

import { writeDocuments, type DocumentData, type Id } from './writeDocuments'

/**
 * Which of these new documents a reader without an account may see: the collection's own read access, asked for an
 * anonymous request, applied to the batch in one query (as the search hooks' readerSees does for one document).
 */
const readableByAnyone = async (req: PayloadRequest, collection: SearchableCollection, ids: Id[]) => {
  const read = req.payload.collections[collection].config.access.read
  const rule = read ? await read({ req: { ...req, user: null } as PayloadRequest }) : true
  if (rule === false) return new Set<string>()
  const byIds: Where = { id: { in: ids } }
  const { docs } = await req.payload.find({
    collection,
    where: rule === true ? byIds : { and: [byIds, rule] },
    select: { createdAt: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

type RegionNames = Map<string, string[]>

/** Region names as the index holds them (name and full name), read once per region per import. */
const regionNames = async (req: PayloadRequest, ids: Id[], known: RegionNames) => {
  const missing = [...new Set(ids.map(String))].filter((id) => !known.has(id))
  if (missing.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'regions',
    where: { id: { in: missing } },
    select: { name: true, fullName: true },
    depth: 0,
    limit: missing.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const region of docs) known.set(String(region.id), [region.name, region.fullName ?? ''])
}

/**
 * The text each new document is indexed under (everything its entry is made of, its region names included), as the
 * collections' hooks index one document. Needs no ids, so the tokens can be made while the documents are written.
 * `regions` carries the region names between batches.
 */
export const searchTexts = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  docs: DocumentData[],
  regions: RegionNames,
): Promise<string[]> => {
  const sources = docs.map((doc) => entrySource(collection, doc))
  await regionNames(
    req,
    sources.flatMap((source) => source.regions),
    regions,
  )
  return sources.map((source) =>
    [...source.text, ...source.regions.flatMap((id) => regions.get(String(id)) ?? [])].join('\n'),
  )
}

/**
 * The search index rows of newly written documents that readers may see, made by the project's own indexing
 * (src/search: what an entry holds; `tokens` are searchTexts' texts tokenised, in the same order as `docs`).
 */
export const writeSearchEntries = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  docs: (DocumentData & { id: Id })[],
  tokens: string[],
) => {
  if (docs.length === 0) return 0
  const visible = await readableByAnyone(
    req,
    collection,
    docs.map((doc) => doc.id),
  )
  const entries = docs.flatMap((doc, index) => {
    if (!visible.has(String(doc.id))) return []
    const source = entrySource(collection, doc)
    return [
      {
        sourceCollection: collection,
        sourceId: String(doc.id),
        title: source.title,
        path: source.path,
        excerpt: source.excerpt,
        date: source.date,
        regions: source.regions,
        tokens: tokens[index],
      },
    ]
  })
  await writeDocuments(req, SEARCH_INDEX_SLUG, entries, { key: ['sourceCollection', 'sourceId'] })
  return entries.length
}
