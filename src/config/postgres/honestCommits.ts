import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { openTransactionSession, useTransactionSessions, type Transactional } from '../transactionSession'

type Tx = PostgresAdapter['sessions'][string]['db']

/**
 * Never reports a PostgreSQL write that did not commit. Payload's own transactions swallow an error of the COMMIT
 * (a connection lost there, say), and PostgreSQL answers COMMIT on a transaction in which a statement failed with a
 * silent ROLLBACK: a hook or adapter that caught such an error left the request reporting a write that was gone.
 * Here the transaction is checked just before its COMMIT (any statement fails on an aborted transaction), and an
 * error of either kind fails the commit, so the request fails instead.
 */
export const honestCommits = (
  adapterObj: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    if (adapter.transactionOptions === false) return adapter
    useTransactionSessions<Tx>(adapter, () =>
      openTransactionSession(adapter.drizzle as unknown as Transactional<Tx>, {
        config: adapter.transactionOptions,
        beforeCommit: (tx) =>
          tx.execute(sql`select 1`).catch((cause: unknown) => {
            throw new Error('Transaction aborted by an earlier failed statement: nothing was committed', { cause })
          }),
      }),
    )
    return adapter
  },
})
