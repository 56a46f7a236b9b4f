import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The PostgreSQL server `TEST_DATABASE=postgres` uses unless TEST_POSTGRES_URI names another (any database on it). */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * The server the test databases are made on: `TEST_DATABASE=postgres` picks PostgreSQL, otherwise DATABASE_URI (a
 * MongoDB or PostgreSQL server), otherwise none (the embedded SQLite).
 */
export const testBaseUri = (): string | undefined =>
  process.env.TEST_DATABASE === 'postgres'
    ? (process.env.TEST_POSTGRES_URI ?? LOCAL_POSTGRES)
    : process.env.DATABASE_URI

/**
 * A fresh database for one test file: a temp SQLite file by default (in-memory SQLite breaks transactions), or a
 * new database on the MongoDB or PostgreSQL server that the base URI points at (PostgreSQL's adapter creates it on
 * connecting; dropTestDatabase removes it).
 */
export const freshDatabase = (baseUri = testBaseUri()) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
  const suffix = randomBytes(4).toString('hex')
  if (baseUri?.startsWith('mongodb') || baseUri?.startsWith('postgres')) {
    const url = new URL(baseUri)
    url.pathname = `/newsroom_test_${suffix}`
    return {
      dir,
      uri: url.toString(),
      engine: baseUri.startsWith('mongodb') ? ('mongodb' as const) : ('postgres' as const),
    }
  }
  return { dir, uri: `file:${path.join(dir, 'test.db')}`, engine: 'sqlite' as const }
}

/** How long the connections of a test's pools may take to close once the pools have ended. */
const CLOSING_MS = 2_000

/** Drops a PostgreSQL test database, closing whatever connections to it are still open. */
export const dropPostgresDatabase = async (uri: string) => {
  const { Client } = await import('pg')
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  const client = new Client({ connectionString: url.toString() })
  await client.connect()
  try {
    // A pool's connection can still be closing when the pool's end() has resolved: cut by FORCE in that moment, it
    // raised its error where nothing listened any more (an uncaught exception in a CI run, from a client marked as
    // ending). So the connections are given a moment to close first, and FORCE ends only those still open after it.
    const deadline = Date.now() + CLOSING_MS
    for (;;) {
      const { rows } = await client.query<{ open: number }>(
        'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      if (rows[0].open === 0 || Date.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export const isMongo = () => Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))
export const isPostgres = () => Boolean(process.env.DATABASE_URI?.startsWith('postgres'))
export const isSqlite = () => !isMongo() && !isPostgres()
