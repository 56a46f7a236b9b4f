import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { PayloadRequest } from 'payload'

type Row = Record<string, unknown>
type Table = Record<string, unknown>
type Query<T> = PromiseLike<T> & {
  where: (condition: SQL | undefined) => Query<T>
  orderBy: (column: unknown) => Query<T>
  /** Row locks: PostgreSQL's builder has them, SQLite's not. */
  for?: (strength: 'no key update') => PromiseLike<T>
}

/** The query builder both drizzle dialects share, as far as the project's hot paths use it. */
type Drizzle = {
  select: (fields: Row) => { from: (table: Table) => Query<Row[]> }
  insert: (table: Table) => { values: (rows: Row[]) => PromiseLike<unknown> }
  update: (table: Table) => {
    set: (values: Row) => { where: (condition: SQL) => { returning: (fields: Row) => PromiseLike<Row[]> } }
  }
}

/** The parts of Payload's SQL adapters (SQLite and PostgreSQL, both drizzle-based) used here. */
type DrizzleAdapter = {
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  drizzle: Drizzle
  primaryDrizzle?: Drizzle
  sessions: Record<string, { db: Drizzle } | undefined>
}

const isDrizzleAdapter = (db: unknown): db is DrizzleAdapter => {
  const adapter = db as Partial<DrizzleAdapter>
  return adapter.tableNameMap instanceof Map && adapter.tables != null && adapter.drizzle != null
}

export type DrizzleTables = {
  /** A collection's main table, its columns by their drizzle (camel-case) names. */
  table: (slug: string) => Record<string, never>
  /**
   * The request's transaction when it has one; otherwise the primary (never a read replica), as a write needs and as
   * a read needs that must see what was just written, such as an editor's ranking right after a review.
   */
  db: () => Promise<Drizzle>
}

/**
 * Straight access to a collection's table on the SQL adapters, for the few hot paths where Payload's own find
 * (which shapes every row through its transforms, field by field) costs more than the query. The query builder
 * writes each engine's SQL. Null for an adapter that is not drizzle-based: the caller then goes through payload.db.
 */
export const drizzleTables = (req: PayloadRequest): DrizzleTables | null => {
  const adapter = req.payload.db as unknown
  if (!isDrizzleAdapter(adapter)) return null
  return {
    table: (slug) => {
      const name = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
      const found = name ? adapter.tables[name] : undefined
      if (!found) throw new Error(`no table for the collection ${slug}`)
      return found as Record<string, never>
    },
    db: async () =>
      (req.transactionID != null && adapter.sessions[String(await req.transactionID)]?.db) ||
      adapter.primaryDrizzle ||
      adapter.drizzle,
  }
}
