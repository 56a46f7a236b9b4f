import type { Client } from '@libsql/client'

import { openConnection, type ConnectionSettings } from './openConnection'

/**
 * Where this connection's automatic checkpoint copies the WAL into the database file: 10,000 pages (40 MB), not
 * SQLite's 1,000. The checkpoint runs inside the COMMIT that crosses the mark, on the server's only thread; the pages
 * written again and again between two checkpoints (index pages that every vote or save touches, the counters' rows)
 * are copied once per checkpoint, so ten times fewer checkpoints copy far fewer pages in all. Measured on the vote
 * burst at full size: 969–1,079 votes a second against 840 (bench/README.md). The WAL stays below journal_size_limit.
 * Writing that pauses is checkpointed before it gets here, outside any write (src/config/sqlite/idleCheckpoint.ts):
 * the mark is for writing that does not.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000

/**
 * The one connection all writes go through. A connection whose COMMIT failed is not trusted again: SQLite can keep
 * the failed statement's read snapshot, after which the connection's next write that meets another process's lock
 * fails at once instead of waiting. It is replaced by a fresh one before the next transaction takes its turn.
 */
export class WriterConnection {
  #settings: ConnectionSettings
  #client: Client | undefined

  constructor(settings: ConnectionSettings) {
    this.#settings = settings
  }

  async #connect() {
    const client = await openConnection(this.#settings)
    await client.execute(`PRAGMA wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`)
    return client
  }

  async open() {
    this.#client = await this.#connect()
  }

  get client(): Client {
    if (!this.#client) throw new Error('The writer connection is not open')
    return this.#client
  }

  async replace() {
    const broken = this.#client
    this.#client = await this.#connect()
    broken?.close()
  }

  close() {
    this.#client?.close()
    this.#client = undefined
  }
}
