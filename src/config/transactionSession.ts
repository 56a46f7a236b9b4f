import { randomUUID } from 'node:crypto'

/**
 * A drizzle database of either SQL engine, as far as opening a transaction goes. (Drizzle's own transaction type and
 * the one Payload's adapters declare differ only in generics, so callers cast their adapter's `drizzle` to this.)
 */
export type Transactional<Tx> = { transaction: (run: (tx: Tx) => Promise<void>, config?: never) => Promise<void> }

export type TransactionSession<Tx> = { tx: Tx; settle: (commit: boolean) => Promise<void> }

const ROLLBACK = Symbol('rollback')

/**
 * Drizzle gives a transaction only inside a callback; Payload's operations need it as a value they pass around.
 * This opens the callback and holds it until `settle` says commit or roll back. Unlike Payload's own
 * beginTransaction, a failed COMMIT is not swallowed: `settle(true)` rejects, so the request fails instead of
 * reporting a write that was rolled back. `beforeCommit` runs inside the transaction just before its COMMIT; when
 * it throws, the transaction is rolled back and `settle(true)` rejects with its error.
 */
export const openTransactionSession = <Tx>(
  drizzle: Transactional<Tx>,
  { config, beforeCommit }: { config?: unknown; beforeCommit?: (tx: Tx) => Promise<unknown> } = {},
) =>
  new Promise<TransactionSession<Tx>>((opened, failedToOpen) => {
    let decide: (commit: boolean) => void = () => undefined
    const finished = drizzle.transaction(async (tx) => {
      const commit = await new Promise<boolean>((resolve) => {
        decide = resolve
        opened({ tx, settle })
      })
      if (!commit) throw ROLLBACK
      await beforeCommit?.(tx)
    }, config as never)
    const settle = async (commit: boolean) => {
      decide(commit)
      await finished.catch((error: unknown) => {
        if (error !== ROLLBACK) throw error
      })
    }
    // Before the callback ran this is a failure to open; afterwards `settle` reports it.
    finished.catch(failedToOpen)
  })

/** What Payload's SQL adapters keep of their open transactions, and the methods that open and end them. */
type SessionAdapter<Tx> = {
  initializing?: Promise<void>
  sessions: Record<string, { db: Tx; resolve: () => Promise<void>; reject: () => Promise<void> } | undefined>
  beginTransaction: (...args: never[]) => Promise<number | string | null>
  commitTransaction: (id: Promise<number | string> | number | string) => Promise<void>
  rollbackTransaction: (id: Promise<number | string> | number | string) => Promise<void>
}

/**
 * Gives the adapter transactions opened by `open` (openTransactionSession above) in place of Payload's own, under
 * the same registry of sessions its operations look a transaction up in.
 */
export const useTransactionSessions = <Tx>(
  adapter: SessionAdapter<Tx>,
  open: () => Promise<TransactionSession<Tx>>,
) => {
  adapter.beginTransaction = async () => {
    await adapter.initializing
    const { tx, settle } = await open()
    const id = randomUUID()
    adapter.sessions[id] = { db: tx, resolve: () => settle(true), reject: () => settle(false) }
    return id
  }
  const end =
    (how: 'resolve' | 'reject') =>
    async (incoming: Promise<number | string> | number | string = '') => {
      const id = String(incoming instanceof Promise ? await incoming : incoming)
      const session = adapter.sessions[id]
      if (!session) return
      // Out of the registry first, so nothing else picks up a transaction that is ending.
      delete adapter.sessions[id]
      await session[how]()
    }
  adapter.commitTransaction = end('resolve')
  adapter.rollbackTransaction = end('reject')
}
