import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type Tx = SQLiteAdapter['sessions'][string]['db']

export type TransactionSession = { tx: Tx; settle: (commit: boolean) => Promise<void> }

const ROLLBACK = Symbol('rollback')

/**
 * Drizzle gives a transaction only inside a callback; Payload's operations need it as a value they pass around.
 * This opens the callback and holds it until `settle` says commit or roll back. Unlike Payload's own
 * beginTransaction, a failed COMMIT is not swallowed: `settle(true)` rejects, so the request fails instead of
 * reporting a write that was rolled back.
 */
export const openTransactionSession = (drizzle: SQLiteAdapter['drizzle']) =>
  new Promise<TransactionSession>((opened, failedToOpen) => {
    let decide: (commit: boolean) => void = () => undefined
    const finished = drizzle.transaction(async (tx) => {
      const commit = await new Promise<boolean>((resolve) => {
        decide = resolve
        // Drizzle's own transaction type and the one Payload's adapter declares differ only in generics.
        opened({ tx: tx as unknown as Tx, settle })
      })
      if (!commit) throw ROLLBACK
    })
    const settle = async (commit: boolean) => {
      decide(commit)
      await finished.catch((error: unknown) => {
        if (error !== ROLLBACK) throw error
      })
    }
    // Before the callback ran this is a failure to open; afterwards `settle` reports it.
    finished.catch(failedToOpen)
  })
