import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Client } from 'pg'

/** Any fixed number, the same for every instance of this app, apart from the migration lock's key. */
const JOB_RUNNER_LOCK_KEY = 2026_12_05

/** Whether this process may run due jobs now; asked before every tick. */
export type JobRunnerLease = () => Promise<boolean>

/**
 * On PostgreSQL, several app instances share the jobs: the one holding a session-level advisory lock runs them, the
 * others ask again each tick. The lock lives on a connection of its own, outside Payload's pool, so it ends with the
 * process (or its connection): when the runner dies, another instance takes over at its next tick. On SQLite and
 * MongoDB this app runs as one process, which runs its jobs itself.
 */
export const jobRunnerLease = (payload: Payload): JobRunnerLease => {
  if (payload.db.name !== 'postgres') return async () => true
  const { poolOptions } = payload.db as unknown as PostgresAdapter
  let held: Client | null = null
  return async () => {
    if (held) return true
    const { Client } = await import('pg')
    const client = new Client(poolOptions)
    try {
      await client.connect()
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        JOB_RUNNER_LOCK_KEY,
      ])
      if (!rows[0]?.locked) {
        await client.end()
        return false
      }
      // A lost connection is a lost lock: the next tick asks for it again, perhaps after another instance took it
      client.on('error', () => {
        if (held === client) held = null
      })
      client.on('end', () => {
        if (held === client) held = null
      })
      held = client
      return true
    } catch (error) {
      payload.logger.warn({ msg: 'job runner lock unavailable', err: error })
      await client.end().catch(() => {})
      return false
    }
  }
}
