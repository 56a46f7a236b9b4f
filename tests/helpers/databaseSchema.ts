import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { Client } from 'pg'

export type DatabaseSchema = { objects: string[]; tables: string[]; migrations: string[] }

const onPostgres = (uri: string) => uri.startsWith('postgres')

/** Runs `statements` on a PostgreSQL database (at `uri`), returning each one's rows. */
const postgres = async (uri: string, statements: string[]) => {
  const client = new Client({ connectionString: uri })
  await client.connect()
  try {
    const results = []
    for (const statement of statements) results.push((await client.query(statement)).rows)
    return results
  } finally {
    await client.end()
  }
}

/**
 * A new database holding nothing, beside the test file's own (same engine): an empty SQLite file in `dir`, or a new
 * PostgreSQL database on the same server, named after the test file's (dropPostgresDatabase removes it).
 */
export const emptyDatabase = async (dir: string, name: string): Promise<string> => {
  const testUri = process.env.DATABASE_URI as string
  if (!onPostgres(testUri)) {
    const file = path.join(dir, `${name}.db`)
    fs.writeFileSync(file, '')
    return `file:${file}`
  }
  const url = new URL(testUri)
  url.pathname += `_${name}`
  const database = decodeURIComponent(url.pathname.slice(1))
  const server = new URL(testUri)
  server.pathname = '/postgres'
  await postgres(server.toString(), [`CREATE DATABASE "${database.replaceAll('"', '""')}"`])
  return url.toString()
}

/** Runs one schema-changing statement (a test's sabotage) on the database at `uri`. */
export const executeOn = async (uri: string, statement: string) => {
  if (onPostgres(uri)) {
    await postgres(uri, [statement])
    return
  }
  const client = createClient({ url: uri })
  try {
    await client.execute(statement)
  } finally {
    client.close()
  }
}

/**
 * The schema as the database holds it (each table with its columns, each index, trigger and view with its
 * definition) and the migrations recorded in it, as `name:batch`.
 */
export const schemaOf = async (uri: string): Promise<DatabaseSchema> => {
  if (onPostgres(uri)) {
    const [tables, columns, indexes] = await postgres(uri, [
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      `SELECT table_name AS name, string_agg(column_name || ' ' || data_type || ' ' || is_nullable || ' ' ||
         coalesce(column_default, ''), ', ' ORDER BY ordinal_position) AS definition
       FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
    ])
    const names = tables.map((row) => String(row.name))
    const [migrations] = names.includes('payload_migrations')
      ? await postgres(uri, ['SELECT name, batch FROM payload_migrations ORDER BY created_at, name'])
      : [[]]
    return {
      objects: [
        ...columns.map((row) => `table ${row.name} ${row.definition}`),
        ...indexes.map((row) => `index ${row.name} ${row.definition}`),
      ],
      tables: names,
      migrations: migrations.map((row) => `${row.name}:${row.batch}`),
    }
  }
  const client = createClient({ url: uri })
  try {
    const objects = await client.execute(`SELECT type, name, sql FROM sqlite_master ORDER BY name`)
    const tables = objects.rows.map((row) => String(row.name))
    const migrations = tables.includes('payload_migrations')
      ? (await client.execute('SELECT name, batch FROM payload_migrations ORDER BY id')).rows.map(
          (row) => `${row.name}:${row.batch}`,
        )
      : []
    return { objects: objects.rows.map((row) => `${row.type} ${row.name} ${row.sql}`), tables, migrations }
  } finally {
    client.close()
  }
}
