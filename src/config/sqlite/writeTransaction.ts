import type { InStatement, ResultSet, Transaction } from '@libsql/client'
import type { MutexInterface } from 'async-mutex'

import type { WriterConnection } from './writerConnection'

/** Longer than any request should write for; past it the transaction is rolled back so writing can go on. */
const MAX_HOLD_MS = 60_000

/**
 * A write transaction on the one writer connection. SQLite has a single writer: instead of each transaction
 * opening a connection of its own and failing with SQLITE_BUSY when another holds the lock, transactions take
 * turns on one connection through an in-process lock. The turn is taken at the first statement, not when the
 * transaction is opened: Payload opens some transactions early and then writes outside them first (the
 * forgot-password reservation), which would otherwise wait for its own transaction.
 */
export class WriteTransaction implements Transaction {
  #writer: WriterConnection
  #lock: MutexInterface
  #onStuck: (error: Error) => void
  #onCommit: () => void
  #starting: Promise<void> | undefined
  #release: (() => void) | undefined
  #timer: NodeJS.Timeout | undefined
  #state: 'idle' | 'open' | 'closed' = 'idle'

  constructor(
    writer: WriterConnection,
    lock: MutexInterface,
    { onStuck, onCommit }: { onStuck: (error: Error) => void; onCommit: () => void },
  ) {
    this.#writer = writer
    this.#lock = lock
    this.#onStuck = onStuck
    this.#onCommit = onCommit
  }

  get closed() {
    return this.#state === 'closed'
  }

  async execute(statement: InStatement | string, args?: unknown[]): Promise<ResultSet> {
    await this.#begin()
    const stmt = typeof statement === 'string' ? { sql: statement, args: (args ?? []) as never } : statement
    return this.#writer.client.execute(stmt)
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const statement of statements) results.push(await this.execute(statement))
    return results
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.#begin()
    await this.#writer.client.executeMultiple(sql)
  }

  /** Throws when COMMIT fails, after rolling back: the caller must not report the write as done. */
  async commit(): Promise<void> {
    if (this.#state !== 'open') return this.#close()
    try {
      await this.#writer.client.execute('COMMIT')
      this.#onCommit()
    } catch (error) {
      await this.#rollbackQuietly()
      await this.#writer.replace()
      throw error
    } finally {
      this.#close()
    }
  }

  async rollback(): Promise<void> {
    if (this.#state === 'open') await this.#rollbackQuietly()
    this.#close()
  }

  close() {
    if (this.#state === 'open') void this.rollback()
    else this.#close()
  }

  async #begin() {
    if (this.#state === 'open') return
    if (this.#state === 'closed') throw new Error('The write transaction is already closed')
    this.#starting ??= this.#takeTurn()
    await this.#starting
    if (!this.#isOpen()) throw new Error('The write transaction is already closed')
  }

  async #takeTurn() {
    const release = await this.#lock.acquire()
    // Closed while waiting for the turn (rolled back before its first statement ran).
    if (this.#state === 'closed') return release()
    try {
      await this.#writer.client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      release()
      this.#state = 'closed'
      throw error
    }
    this.#release = release
    this.#state = 'open'
    this.#timer = setTimeout(() => {
      this.#onStuck(new Error(`A write transaction held the database for ${MAX_HOLD_MS / 1000} s; rolled back`))
      void this.rollback()
    }, MAX_HOLD_MS)
    this.#timer.unref()
  }

  // A method, not a field comparison: TypeScript cannot see that #state changed while we awaited.
  #isOpen() {
    return this.#state === 'open'
  }

  async #rollbackQuietly() {
    try {
      await this.#writer.client.execute('ROLLBACK')
    } catch {
      // SQLite already rolled back (e.g. after a failed COMMIT or a full disk): nothing is left to undo.
    }
  }

  #close() {
    this.#state = 'closed'
    clearTimeout(this.#timer)
    this.#release?.()
    this.#release = undefined
  }
}
