import type { PayloadRequest, Where } from 'payload'

import { entrySource, type EntrySource } from './entries'
import { SEARCH_INDEX_SLUG, type SearchableCollection } from './searchable'
import { indexTokens, tokenString } from './tokenize'

type Id = number | string

const rowOf = (collection: SearchableCollection, id: Id): Where => ({
  and: [{ sourceCollection: { equals: collection } }, { sourceId: { equals: String(id) } }],
})

/**
 * Whether a reader without an account may see the document now: the collection's own read access, asked for an
 * anonymous request and applied to the stored document (for versioned collections the published one). So the
 * index follows whatever the collection allows, written in one place: published articles, topics and events; cases
 * in the vote, in publicity and excellent.
 */
export const readerSees = async (req: PayloadRequest, collection: SearchableCollection, id: Id): Promise<boolean> => {
  const read = req.payload.collections[collection].config.access.read
  const rule = read ? await read({ id: id as number, req: { ...req, user: null } as PayloadRequest }) : true
  if (rule === false) return false
  const byId: Where = { id: { equals: id } }
  const where = rule === true ? byId : { and: [byId, rule] }
  const { totalDocs } = await req.payload.count({ collection, where, req, overrideAccess: true })
  return totalDocs > 0
}

/** The names of the document's regions in the document's order, as a rebuild writes them too. */
const regionNames = async (req: PayloadRequest, ids: Id[]): Promise<string[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'regions',
    where: { id: { in: ids } },
    select: { name: true, fullName: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = new Map(docs.map((region) => [String(region.id), [region.name, region.fullName ?? '']]))
  return ids.flatMap((id) => names.get(String(id)) ?? [])
}

/** What an index row holds of its document. */
export type EntryData = {
  title: string
  path: string
  excerpt: string
  date: string | null
  regions: number[]
  tokens: string
}

/** The row for a document's entry source, given the names of its regions (searched as its words too). */
export const entryData = (source: EntrySource, regionWords: string[]): EntryData => ({
  title: source.title,
  path: source.path,
  excerpt: source.excerpt,
  date: source.date,
  regions: source.regions as number[],
  tokens: tokenString(indexTokens([...source.text, ...regionWords].join('\n'))),
})

const time = (date: string | null | undefined) => (date ? new Date(date).getTime() : null)

/** Whether a stored row already says what `data` says (rewriting it would change nothing). */
export const unchanged = (row: Partial<Record<keyof EntryData, unknown>>, data: EntryData) =>
  row.title === data.title &&
  row.path === data.path &&
  (row.excerpt ?? '') === data.excerpt &&
  time(row.date as string | null) === time(data.date) &&
  JSON.stringify(row.regions ?? []) === JSON.stringify(data.regions) &&
  row.tokens === data.tokens

/**
 * Creates or replaces the document's index row; a row that already says the same is left alone (saving a field
 * search does not look at, or rebuilding the index, writes nothing). Says whether it wrote.
 */
export const writeEntry = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  doc: Record<string, unknown>,
): Promise<boolean> => {
  const id = doc.id as Id
  const source = entrySource(collection, doc)
  const data = entryData(source, await regionNames(req, source.regions))
  const existing = await req.payload.find({
    collection: SEARCH_INDEX_SLUG,
    where: rowOf(collection, id),
    limit: 1,
    depth: 0,
    select: { title: true, path: true, excerpt: true, date: true, regions: true, tokens: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const row = existing.docs[0]
  if (row && unchanged(row, data)) return false
  const write = { ...data, sourceCollection: collection, sourceId: String(id) }
  if (row) {
    await req.payload.update({
      collection: SEARCH_INDEX_SLUG,
      id: row.id,
      data: write,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({ collection: SEARCH_INDEX_SLUG, data: write, depth: 0, overrideAccess: true, req })
  }
  return true
}

/** Drops the document's row; says whether there was one. */
export const removeEntry = async (req: PayloadRequest, collection: SearchableCollection, id: Id): Promise<boolean> => {
  const { docs } = await req.payload.delete({
    collection: SEARCH_INDEX_SLUG,
    where: rowOf(collection, id),
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length > 0
}
