import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { FlattenedField, Payload, PayloadRequest } from 'payload'

/**
 * The bulk path's writer on the SQL adapters (SQLite now, PostgreSQL later: both are built on @payloadcms/drizzle).
 * Payload's own create spends four to six statements on one document (its row, then its relationship, text, select
 * and array rows, then a read-back), which caps an import at about a hundred articles a second here. This writer
 * inserts a batch's document rows together when fields tell them apart (one at a time otherwise), learning their
 * new ids from what the database returns without assuming how it makes them, then the rows that hang off them
 * (relationships, hasMany texts, numbers and selects, arrays) in one statement per table for the whole batch. The
 * rows are shaped by Payload's own transform, loaded from the installed adapter, so every field is stored exactly as
 * Payload itself would store it, including fields added after this was written.
 */

type Row = Record<string, unknown>

/** What Payload's transform makes of one document: its row and the rows of the tables that hang off it. */
type ShapedDocument = {
  row: Row
  relationships: Row[]
  texts: Row[]
  numbers: Row[]
  selects: Record<string, Row[]>
  arrays: Record<string, unknown[]>
  blocks: Record<string, unknown[]>
  locales: Record<string, Row>
}

/** The parts of a drizzle-based adapter this writer uses (they are plain properties of Payload's SQL adapters). */
export type SqlAdapter = {
  packageName: string
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  relationshipsSuffix: string
  versionsSuffix: string
  drizzle: unknown
  sessions: Record<string, { db: unknown } | undefined>
  insert: (args: { db: unknown; tableName: string; values: Row | Row[] }) => Promise<Row[]>
}

type Internals = {
  transformForWrite: (args: {
    adapter: SqlAdapter
    data: Row
    enableAtomicWrites: boolean
    fields: FlattenedField[]
    tableName: string
  }) => ShapedDocument
  insertArrays: (args: {
    adapter: SqlAdapter
    arrays: Record<string, unknown[]>[]
    db: unknown
    parentRows: Row[]
    uuidMap: Record<string, unknown>
  }) => Promise<void>
}

const loaded = new Map<string, Promise<Internals | null>>()

/**
 * Payload's row transform and array writer, from the @payloadcms/drizzle that the configured adapter itself uses.
 * They are not part of the package's public exports, so they are found next to its entry file; null when that fails
 * (another adapter, or a Payload release that moved them), and the caller then writes through payload.db instead.
 */
const loadInternals = (packageName: string): Promise<Internals | null> => {
  const existing = loaded.get(packageName)
  if (existing) return existing
  const loading = (async () => {
    try {
      const adapterEntry = createRequire(import.meta.url).resolve(packageName)
      const drizzleEntry = createRequire(adapterEntry).resolve('@payloadcms/drizzle')
      const internal = (file: string) => import(pathToFileURL(path.join(path.dirname(drizzleEntry), file)).href)
      const [{ transformForWrite }, { insertArrays }] = await Promise.all([
        internal('transform/write/index.js'),
        internal('upsertRow/insertArrays.js'),
      ])
      return typeof transformForWrite === 'function' && typeof insertArrays === 'function'
        ? { transformForWrite, insertArrays }
        : null
    } catch {
      return null
    }
  })()
  loaded.set(packageName, loading)
  return loading
}

const isSqlAdapter = (db: unknown): db is SqlAdapter => {
  const adapter = db as Partial<SqlAdapter>
  return typeof adapter.packageName === 'string' && adapter.tableNameMap instanceof Map && adapter.sessions != null
}

/** The writer for this Payload's database, or null when it is not one of the SQL adapters. */
export const sqlRowWriter = async (payload: Payload) => {
  const adapter = payload.db as unknown
  if (!isSqlAdapter(adapter)) return null
  const internals = await loadInternals(adapter.packageName)
  return internals ? { adapter, internals } : null
}

export type SqlRowWriter = NonNullable<Awaited<ReturnType<typeof sqlRowWriter>>>

// SQLite allows 32,766 bound values in one statement; a few hundred rows of any table here stay far below it.
const ROWS_PER_STATEMENT = 500

const insertAll = async (writer: SqlRowWriter, db: unknown, tableName: string, rows: Row[]) => {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await writer.adapter.insert({ db, tableName, values: rows.slice(start, start + ROWS_PER_STATEMENT) })
  }
}

type Inserter = {
  insert: (table: unknown) => { values: (rows: Row | Row[]) => { returning: (columns: Row) => Promise<Row[]> } }
}

/**
 * The new rows' ids, in the order of `rows`. Only the id (and the key) is read back: reading whole rows back parses
 * every article body once more. With key columns whose values together tell the rows apart (a slug, the fields of
 * a unique index), the rows go in one statement and are matched up by them (a database returns inserted rows in no
 * promised order); without, or when two rows share a key, one at a time.
 */
const insertMainRows = async (writer: SqlRowWriter, db: unknown, tableName: string, rows: Row[], key?: string[]) => {
  const table = writer.adapter.tables[tableName]
  const insert = (values: Row | Row[], returning: Row) =>
    (db as Inserter).insert(table).values(values).returning(returning)
  // As text (an id given as '5' comes back as 5), and a missing value as the null it is stored as
  const keyOf = (row: Row) => (key ?? []).map((column) => String(row[column] ?? null)).join('\u0000')
  const keys = rows.map(keyOf)
  if (!key || new Set(keys).size < rows.length) {
    const ids: unknown[] = []
    for (const row of rows) ids.push((await insert(row, { id: table.id }))[0].id)
    return ids
  }
  const returning = Object.fromEntries([['id', table.id], ...key.map((column) => [column, table[column]])])
  const idByKey = new Map<string, unknown>()
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    for (const inserted of await insert(rows.slice(start, start + ROWS_PER_STATEMENT), returning)) {
      idByKey.set(keyOf(inserted), inserted.id)
    }
  }
  return keys.map((rowKey) => {
    const id = idByKey.get(rowKey)
    if (id === undefined) throw new Error(`${tableName}: no row came back for ${rowKey.replaceAll('\u0000', ', ')}`)
    return id
  })
}

/**
 * Inserts new documents into one table (a collection's or its versions') inside the request's transaction, as
 * Payload's create would store them, and returns their ids in order. `key` names columns whose values together are
 * unique among these documents, when there are such: the rows then go in one statement. Blocks and localized fields are
 * refused: no collection the bulk path writes has them.
 */
export const insertDocuments = async (
  writer: SqlRowWriter,
  req: PayloadRequest,
  { tableName, fields, docs, key }: { tableName: string; fields: FlattenedField[]; docs: Row[]; key?: string[] },
): Promise<(number | string)[]> => {
  const { adapter, internals } = writer
  const transactionID = await req.transactionID
  const db = (transactionID != null && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
  const shaped = docs.map((data) =>
    internals.transformForWrite({ adapter, data, enableAtomicWrites: false, fields, tableName }),
  )
  for (const document of shaped) {
    if (Object.keys(document.blocks).length > 0 || Object.keys(document.locales).length > 0) {
      throw new Error(`the bulk path does not write blocks or localized fields (${tableName})`)
    }
  }
  const ids = await insertMainRows(
    writer,
    db,
    tableName,
    shaped.map((document) => document.row),
    key,
  )
  const parents = ids.map((id) => ({ id }))
  const relationships: Row[] = []
  const texts: Row[] = []
  const numbers: Row[] = []
  const selects = new Map<string, Row[]>()
  shaped.forEach((document, index) => {
    const parent = parents[index].id
    for (const row of document.relationships) relationships.push({ ...row, parent })
    for (const row of document.texts) texts.push({ ...row, parent })
    for (const row of document.numbers) numbers.push({ ...row, parent })
    for (const [selectTable, rows] of Object.entries(document.selects)) {
      const list = selects.get(selectTable) ?? []
      for (const row of rows) list.push({ ...row, parent: row.parent ?? parent })
      selects.set(selectTable, list)
    }
  })
  await insertAll(writer, db, `${tableName}${adapter.relationshipsSuffix}`, relationships)
  await insertAll(writer, db, `${tableName}_texts`, texts)
  await insertAll(writer, db, `${tableName}_numbers`, numbers)
  // Array rows first: a hasMany select inside an array row points at that row, known only once it is written
  const uuidMap: Record<string, unknown> = {}
  await internals.insertArrays({
    adapter,
    arrays: shaped.map((document) => document.arrays),
    db,
    parentRows: parents,
    uuidMap,
  })
  for (const [selectTable, rows] of selects) {
    const placed = rows.map((row) =>
      String(row.parent) in uuidMap ? { ...row, parent: uuidMap[String(row.parent)] } : row,
    )
    await insertAll(writer, db, selectTable, placed)
  }
  return ids as (number | string)[]
}

/** The table names of a collection and of its versions, as the adapter named them. */
export const tablesOf = (writer: SqlRowWriter, slug: string) => {
  const snake = slug.replace(/-/g, '_')
  const main = writer.adapter.tableNameMap.get(snake)
  if (!main) throw new Error(`no table for the collection ${slug}`)
  return { main, versions: writer.adapter.tableNameMap.get(`_${snake}${writer.adapter.versionsSuffix}`) ?? null }
}
