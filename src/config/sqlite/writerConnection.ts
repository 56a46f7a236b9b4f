import type { Client } from '@libsql/client'

import { openConnection, type ConnectionSettings } from './openConnection'

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

  async open() {
    this.#client = await openConnection(this.#settings)
  }

  get client(): Client {
    if (!this.#client) throw new Error('The writer connection is not open')
    return this.#client
  }

  async replace() {
    const broken = this.#client
    this.#client = await openConnection(this.#settings)
    broken?.close()
  }

  close() {
    this.#client?.close()
    this.#client = undefined
  }
}
