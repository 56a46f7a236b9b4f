import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

/**
 * Where the writer connection's own automatic checkpoint starts while the checkpointer runs (pages of the WAL, 40 MB):
 * far above what the checkpointer lets the WAL reach, so the writer checkpoints only if the worker falls behind or
 * dies, and the WAL stays bounded either way.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000

/** Checkpoints start at most this often: the commits in between are copied into the database file together. */
const MIN_INTERVAL_MS = 100

/** Checkpoints tried again, without new commits, while readers keep pages from being copied (2 s in all). */
const MAX_RETRIES = 20

// The worker's whole program: a connection of its own and a PASSIVE checkpoint per message, which waits for no lock
// and holds up neither the writer nor the readers. synchronous = FULL: the checkpoint syncs the WAL before copying
// it and the database file after, as the writer's own checkpoint does.
const WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = ' + workerData.busyTimeoutMs)
db.pragma('synchronous = FULL')
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close()
    return parentPort.close()
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ ok: true, frames: result.log, copied: result.checkpointed })
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message || error) })
  }
})
`

export type CheckpointResult = { frames: number; copied: number }

/**
 * Copies the WAL into the database file on a thread of its own. SQLite's automatic checkpoint runs inside the COMMIT
 * that takes the WAL past 1,000 pages, on the committing connection; with the embedded database that is the server's
 * only thread, and copying a thousand scattered pages into a newsroom-size database file held every request for tens
 * of milliseconds (a quarter of the server's time in a burst of votes, profiled). Here the writer tells the
 * checkpointer after each commit, and a worker thread with its own connection checkpoints at most every
 * MIN_INTERVAL_MS while commits come. The writer keeps its own automatic checkpoint at WRITER_CHECKPOINT_PAGES as the
 * fallback. The worker does not keep the process alive, except while it stops (stop()). Started by the server only:
 * a script's process.exit would cut a checkpoint short (src/lib/serverProcess.mjs).
 */
export class WalCheckpointer {
  #worker: Worker
  #running = false
  #wanted = false
  #timer: NodeJS.Timeout | undefined
  #lastStart = 0
  #retries = 0
  #stopping: Promise<void> | undefined
  #exited = false
  #onError: (error: Error) => void
  #idle: (() => void)[] = []
  /** Checkpoints finished, and what the last one found and copied (pages of the WAL). */
  checkpoints = 0
  last: CheckpointResult | undefined

  constructor({ file, busyTimeoutMs, onError }: { file: string; busyTimeoutMs: number; onError: (e: Error) => void }) {
    // libsql is resolved here, from the app's own packages: the worker's program is not bundled
    const driver = createRequire(path.join(process.cwd(), 'package.json')).resolve('libsql')
    this.#onError = onError
    this.#worker = new Worker(WORKER_PROGRAM, { eval: true, workerData: { driver, file, busyTimeoutMs } })
    this.#worker.unref()
    this.#worker.once('exit', () => {
      this.#exited = true
      for (const resolve of this.#idle.splice(0)) resolve()
    })
    this.#worker.on('message', (answer: ({ ok: true } & CheckpointResult) | { ok: false; message: string }) => {
      this.#running = false
      if (answer.ok) {
        this.checkpoints++
        this.last = { frames: answer.frames, copied: answer.copied }
        // A reader still on an older snapshot keeps the newer pages from being copied: try again shortly
        this.#retries = answer.copied < answer.frames && !this.#wanted ? this.#retries + 1 : 0
        if (this.#retries > 0 && this.#retries <= MAX_RETRIES) this.#wanted = true
      } else this.#onError(new Error(`WAL checkpoint failed: ${answer.message}`))
      if (this.#wanted) this.committed()
      else for (const resolve of this.#idle.splice(0)) resolve()
    })
    this.#worker.on('error', (error) => {
      // The writer's own automatic checkpoint takes over at WRITER_CHECKPOINT_PAGES
      this.#onError(error)
      this.#running = false
      for (const resolve of this.#idle.splice(0)) resolve()
    })
  }

  /** After a commit: a checkpoint now, or when the last one has finished and MIN_INTERVAL_MS has passed. */
  committed() {
    if (this.#stopping) return
    this.#wanted = true
    if (this.#running || this.#timer) return
    const wait = this.#lastStart + MIN_INTERVAL_MS - Date.now()
    if (wait > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined
        this.committed()
      }, wait)
      this.#timer.unref()
      return
    }
    this.#wanted = false
    this.#running = true
    this.#lastStart = Date.now()
    this.#worker.postMessage('checkpoint')
  }

  /** Resolves once every commit reported so far has been checkpointed (for tests and an orderly stop). */
  settled(): Promise<void> {
    if (!this.#running && !this.#wanted) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  /**
   * Lets a checkpoint under way finish, then closes the worker's connection and the worker. Never terminate() it: a
   * worker stopped inside the driver's native call aborts the whole process (libsql's binding asserts).
   */
  stop(): Promise<void> {
    this.#stopping ??= new Promise<void>((resolve) => {
      clearTimeout(this.#timer)
      if (this.#exited) return resolve()
      this.#worker.once('exit', () => resolve())
      // Until it has exited, the worker keeps the process alive: an exit meanwhile would cut it short
      this.#worker.ref()
      this.#worker.postMessage('stop')
    })
    return this.#stopping
  }
}
