import type { MutexInterface } from 'async-mutex'

import type { WriterConnection } from './writerConnection'

/** How long no write may have committed before the WAL is copied back into the database file. */
export const QUIET_MS = 200

/**
 * Copies the WAL back into the database file once writing pauses, so a burst of writes starts on an empty WAL. The
 * automatic checkpoint runs inside the COMMIT that crosses its mark (WRITER_CHECKPOINT_PAGES), on the server's only
 * thread: every request of a burst waited behind it, and a short burst that met one lost a third of its pace. Here
 * it comes after QUIET_MS without a commit; the mark stays for writing that never pauses. The checkpoint takes the
 * writers' turn, so it never runs inside a transaction, and is PASSIVE: it never waits for readers, and frames a
 * reader still needs are left for the next one.
 */
export class IdleCheckpoint {
  #writer: WriterConnection
  #lock: MutexInterface
  #onError: (error: Error) => void
  #timer: NodeJS.Timeout | undefined
  #stopped = false

  constructor(writer: WriterConnection, lock: MutexInterface, onError: (error: Error) => void) {
    this.#writer = writer
    this.#lock = lock
    this.#onError = onError
  }

  /** After each commit: the quiet period starts again. */
  committed() {
    if (this.#stopped) return
    if (this.#timer) this.#timer.refresh()
    else {
      this.#timer = setTimeout(() => void this.#copy(), QUIET_MS)
      // A checkpoint still to come never keeps the process alive: the next start finds the WAL and copies it
      this.#timer.unref()
    }
  }

  stop() {
    this.#stopped = true
    clearTimeout(this.#timer)
  }

  async #copy() {
    // A transaction holds the turn: its commit starts the quiet period again
    if (this.#lock.isLocked()) return
    const release = await this.#lock.acquire()
    try {
      if (!this.#stopped) await this.#writer.client.execute('PRAGMA wal_checkpoint(PASSIVE)')
    } catch (error) {
      this.#onError(error as Error)
    } finally {
      release()
    }
  }
}
