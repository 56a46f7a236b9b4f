import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { Mutex } from 'async-mutex'
import { isolateObjectProperty, type DatabaseAdapterObj, type PayloadRequest } from 'payload'

import { openTransactionSession, useTransactionSessions, type Transactional } from '../transactionSession'

import { IdleCheckpoint } from './idleCheckpoint'
import { openConnection } from './openConnection'
import { WriterConnection } from './writerConnection'
import { WriteTransaction } from './writeTransaction'

/** The adapter methods that write; called without a transaction, each runs in a short one of its own. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Tx = SQLiteAdapter['sessions'][string]['db']
type WriteArgs = { req?: Partial<PayloadRequest> } | undefined
type WriteMethod = (this: SQLiteAdapter, args: WriteArgs) => Promise<unknown>

/**
 * Makes the SQLite adapter's writes take turns instead of failing, and never report a write that did not commit.
 *
 * Out of the box, each Payload transaction on SQLite opens a new connection (without the busy timeout, closed only by
 * garbage collection), a write that meets another answers SQLITE_BUSY at once, and a failed COMMIT is swallowed so
 * the request still reports success. Here every write — in a transaction or not — runs on one writer connection, one
 * transaction at a time in this process (a lock in order of arrival), with BEGIN IMMEDIATE so the write lock is
 * taken up front; other processes are waited for through SQLite's busy timeout. Reads use the main connection and,
 * in WAL mode, never wait for writers.
 */
export const serializeWrites = (
  adapterObj: DatabaseAdapterObj<SQLiteAdapter>,
  { busyTimeoutMs }: { busyTimeoutMs: number },
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    takeTurnsToWrite(adapter, busyTimeoutMs)
    return adapter
  },
})

const takeTurnsToWrite = (adapter: SQLiteAdapter, busyTimeoutMs: number) => {
  const lock = new Mutex()
  let writer: WriterConnection | undefined
  let idleCheckpoint: IdleCheckpoint | undefined

  const connect = adapter.connect
  adapter.connect = async function (options) {
    if (!adapter.client) {
      const settings = { url: adapter.clientConfig.url, busyTimeoutMs, wal: Boolean(adapter.wal) }
      const main = await openConnection(settings)
      const writerConnection = new WriterConnection(settings)
      await writerConnection.open()
      writer = writerConnection
      const logError = (err: Error) => adapter.payload.logger.error({ err, msg: err.message })
      const checkpoint = new IdleCheckpoint(writerConnection, lock, logError)
      idleCheckpoint = checkpoint
      // Drizzle asks the client for a transaction; the client hands out turns on the writer connection.
      main.transaction = async () =>
        new WriteTransaction(writerConnection, lock, {
          onStuck: logError,
          onCommit: () => checkpoint.committed(),
        })
      adapter.client = main
    }
    return connect?.call(adapter, options)
  }

  useTransactionSessions<Tx>(adapter, () => openTransactionSession(adapter.drizzle as unknown as Transactional<Tx>))

  for (const name of WRITE_METHODS) {
    const write = adapter[name] as unknown as WriteMethod
    ;(adapter as unknown as Record<string, WriteMethod>)[name] = async function (args) {
      const current = args?.req?.transactionID
      if (current instanceof Promise || (current != null && adapter.sessions[String(current)])) {
        return write.call(adapter, args)
      }
      const transactionID = await adapter.beginTransaction()
      const req = (
        args?.req ? isolateObjectProperty(args.req as PayloadRequest, 'transactionID') : {}
      ) as PayloadRequest
      req.transactionID = transactionID as string
      try {
        const result = await write.call(adapter, { ...args, req })
        await adapter.commitTransaction(transactionID as string)
        return result
      } catch (error) {
        await adapter.rollbackTransaction(transactionID as string)
        throw error
      }
    }
  }

  const destroy = adapter.destroy
  adapter.destroy = async function () {
    await destroy?.call(adapter)
    idleCheckpoint?.stop()
    writer?.close()
  }
}
