import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

/** Any fixed number, the same for every instance of this app: the key of PostgreSQL's advisory lock for migrating. */
const MIGRATION_LOCK_KEY = 2026_12_04

/**
 * Makes migrating safe when several instances start at once: each start (`prodMigrations`) and each
 * `payload migrate` first takes a session-level advisory lock, so one instance migrates while the others wait, then
 * find every migration recorded and run none. The lock lives on its own connection and ends with it, so an instance
 * that dies mid-migration frees it (its migration's transaction is rolled back by the same death).
 */
export const migrateOnce = (adapterObj: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const migrate = adapter.migrate
    adapter.migrate = async function migrateLocked(this: PostgresAdapter, migrateArgs) {
      const client = await adapter.pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
        return await migrate.call(this, migrateArgs)
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {})
        client.release()
      }
    }
    return adapter
  },
})
