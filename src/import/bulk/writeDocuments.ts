import {
  buildVersionCollectionFields,
  type CollectionSlug,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { withArrayRowIds } from './arrayRowIds'
import { insertDocuments, sqlRowWriter, tablesOf } from './sqlRows'

export type Id = number | string
export type DocumentData = Record<string, unknown>

/**
 * The version row Payload's create writes beside a document of a collection with drafts: the whole document as its
 * `version`, marked `latest`. The document's own update time is the version's, so an imported archive keeps its
 * dates in the admin's version history and in its lists, which sort by them.
 */
const versionOf = (id: Id, doc: DocumentData): DocumentData => {
  const { id: _ignored, ...version } = doc
  return {
    parent: id,
    version,
    latest: true,
    autosave: false,
    createdAt: doc.updatedAt,
    updatedAt: doc.updatedAt,
  }
}

/** Timestamps (given ones kept) and array row ids, as Payload's save sets them before it writes. */
const stampedFor = (config: SanitizedCollectionConfig, docs: DocumentData[]) => {
  const now = new Date().toISOString()
  return docs.map((doc) =>
    withArrayRowIds(config.flattenedFields, {
      ...doc,
      createdAt: doc.createdAt ?? now,
      updatedAt: doc.updatedAt ?? doc.createdAt ?? now,
    }),
  )
}

/**
 * The same writes one document at a time through payload.db (create, then createVersion): the path on adapters the
 * batched SQL writer does not serve (MongoDB), or when Payload's row transform cannot be loaded.
 */
export const writeDocumentsOneByOne = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  docs: DocumentData[],
): Promise<Id[]> => {
  const config = req.payload.collections[collection].config
  const ids: Id[] = []
  for (const doc of stampedFor(config, docs)) {
    const created = await req.payload.db.create({ collection, data: doc, req })
    ids.push(created.id)
    if (config.versions?.drafts) {
      const version = versionOf(created.id, doc)
      await req.payload.db.createVersion({
        collectionSlug: collection,
        parent: created.id,
        versionData: version.version as never,
        autosave: false,
        createdAt: version.createdAt as string,
        updatedAt: version.updatedAt as string,
        req,
        returning: false,
      })
    }
  }
  return ids
}

/**
 * Writes new documents of one collection inside the request's transaction, with their version rows when the
 * collection keeps drafts, and returns their ids in order. Nothing else runs: no hooks, access or validation — the
 * bulk importers prepare what those would add. On the SQL adapters the rows go in batches (sqlRows.ts); elsewhere one
 * document at a time (writeDocumentsOneByOne). `key` names fields whose values together tell these documents apart
 * (a slug, a unique index's fields), which lets the SQL writer insert them together.
 */
export const writeDocuments = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  docs: DocumentData[],
  { key }: { key?: string[] } = {},
): Promise<Id[]> => {
  if (docs.length === 0) return []
  const { payload } = req
  const writer = await sqlRowWriter(payload)
  if (!writer) return writeDocumentsOneByOne(req, collection, docs)
  const config = payload.collections[collection].config
  const stamped = stampedFor(config, docs)
  const tables = tablesOf(writer, collection)
  const ids = await insertDocuments(writer, req, {
    tableName: tables.main,
    fields: config.flattenedFields,
    docs: stamped,
    key,
  })
  if (config.versions?.drafts && tables.versions) {
    await insertDocuments(writer, req, {
      tableName: tables.versions,
      fields: buildVersionCollectionFields(payload.config, config, true),
      docs: stamped.map((doc, index) => versionOf(ids[index], doc)),
      // Each new document has one version here, so its parent tells the version rows apart
      key: ['parent'],
    })
  }
  return ids
}
