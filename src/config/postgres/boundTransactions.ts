import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { Semaphore } from 'async-mutex'
import type { DatabaseAdapterObj } from 'payload'

/** node-postgres's pool size when none is configured. */
const PG_DEFAULT_POOL_MAX = 10

/** Connections kept free of transactions, for the queries Payload sends outside them. */
const OUTSIDE_TRANSACTIONS = 2

/**
 * The connection Payload's adapter keeps checked out for good once it has connected to an existing database (to
 * notice a reset): never free for anyone else.
 */
const KEPT_BY_PAYLOAD = 1

/**
 * Keeps open transactions fewer than the pool's connections. Each open transaction holds a connection until it
 * ends, and some requests query outside their own transaction while it is open: Payload's forgot-password opens
 * one, then writes its rate-limit reservation on another connection. With as many such requests at once as the pool
 * has connections (ten by default), every connection held an idle transaction whose request waited for an eleventh,
 * and the whole site stopped answering. Here a transaction waits for its turn before it takes a connection, and a
 * few connections always stay for queries outside transactions, which hold theirs for one statement only.
 */
export const boundTransactions = (
  adapterObj: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const poolMax = adapter.poolOptions?.max ?? PG_DEFAULT_POOL_MAX
    const turns = new Semaphore(Math.max(1, poolMax - KEPT_BY_PAYLOAD - OUTSIDE_TRANSACTIONS))
    const releases = new Map<number | string, () => void>()
    const { beginTransaction, commitTransaction, rollbackTransaction } = adapter

    adapter.beginTransaction = async function (options) {
      const [, release] = await turns.acquire()
      try {
        const id = await beginTransaction.call(this, options)
        if (id == null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    // The first commit or rollback of a transaction ends it and gives its turn back; Payload ignores later ones.
    const ending = (end: typeof commitTransaction) =>
      async function (this: PostgresAdapter, incomingID: Parameters<typeof commitTransaction>[0]) {
        const id = await incomingID
        try {
          await end.call(this, id)
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }
    adapter.commitTransaction = ending(commitTransaction)
    adapter.rollbackTransaction = ending(rollbackTransaction)
    return adapter
  },
})
