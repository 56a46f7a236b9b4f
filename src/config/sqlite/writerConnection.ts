import type { Client } from '@libsql/client'

import { openConnection, type ConnectionSettings } from './openConnection'
import { WRITER_CHECKPOINT_PAGES, type WalCheckpointer } from './walCheckpointer'

/**
 * The one connection all writes go through. A connection whose COMMIT failed is not trusted again: SQLite can keep
 * the failed statement's read snapshot, after which the connection's next write that meets another process's lock
 * fails at once instead of waiting. It is replaced by a fresh one before the next transaction takes its turn.
 * With a checkpointer, the WAL is copied into the database file on its thread (src/config/sqlite/walCheckpointer.ts)
 * and this connection's own automatic checkpoint is only the fallback.
 */
export class WriterConnection {
  #settings: ConnectionSettings
  #client: Client | undefined
  #checkpointer: WalCheckpointer | undefined

  constructor(settings: ConnectionSettings, checkpointer?: WalCheckpointer) {
    this.#settings = settings
    this.#checkpointer = checkpointer
  }

  async #connect() {
    const client = await openConnection(this.#settings)
    if (this.#checkpointer) await client.execute(`PRAGMA wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`)
    return client
  }

  async open() {
    this.#client = await this.#connect()
  }

  /** After each successful COMMIT. */
  committed() {
    this.#checkpointer?.committed()
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

  async close() {
    await this.#checkpointer?.stop()
    this.#client?.close()
    this.#client = undefined
  }
}
