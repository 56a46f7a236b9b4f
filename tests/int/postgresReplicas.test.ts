import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPostgres, startReplica, type RunningPostgres } from '@/cluster/startPostgres'
import { closeLimiterStore } from '@/limits/limiterStore'

import { freePort } from '../helpers/freePort'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { isPostgres } from '../helpers/testDatabase'

/**
 * DATABASE_REPLICA_URIS with a real streaming replica: a primary and a hot standby of its own, started here (the
 * test server of the PostgreSQL run cannot replicate into a cluster of its own).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-replicas-'))
let primary: RunningPostgres
let replica: RunningPostgres
let app: TestApp

const onReplica = async (query: string) => {
  const client = new pg.Client({ connectionString: replica.url('newsroom') })
  await client.connect()
  try {
    return (await client.query(query)).rows
  } finally {
    await client.end()
  }
}

const region = (code: string) => ({ code, name: `副本测试${code}`, level: 'county' as const })
const readRegions = async (code: string) =>
  (await app.payload.count({ collection: 'regions', where: { code: { equals: code } } })).totalDocs
const until = async (check: () => Promise<boolean>, what: string) => {
  const deadline = Date.now() + 20_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  if (!isPostgres()) return
  const primaryPort = await freePort()
  primary = await startPostgres(path.join(dir, 'primary'), primaryPort)
  const client = new pg.Client({ connectionString: primary.url('postgres') })
  await client.connect()
  await client.query('CREATE DATABASE newsroom')
  await client.end()
  replica = await startReplica(path.join(dir, 'replica'), await freePort(), primaryPort)
  process.env.DATABASE_URI = primary.url('newsroom')
  process.env.DATABASE_REPLICA_URIS = replica.url('newsroom')
  app = await startPayload()
}, 120_000)

/** Waits, up to two seconds, until no connection but this check's own is open to the server's database. */
const noConnectionsLeft = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const deadline = Date.now() + 2_000; Date.now() < deadline;) {
      const { rows } = await client.query<{ open: number }>(
        'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
      if (rows[0].open === 0) return
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  } finally {
    await client.end()
  }
}

afterAll(async () => {
  if (app) {
    const db = app.payload.db as unknown as { pool: pg.Pool; drizzle: { $replicas: { $client: pg.Pool }[] } }
    const pools = [db.pool, ...db.drizzle.$replicas.map((replicaDb) => replicaDb.$client)]
    await app.payload.destroy()
    await closeLimiterStore()
    // Payload keeps one connection of each pool checked out for good (to notice a reset), which a pool's end would
    // wait for; each connection is closed here instead, and the servers are stopped only once none is left. Cut by
    // a server's stop while it is still closing, a connection reports its error where nobody listens any more.
    for (const pool of pools) {
      const clients = (pool as unknown as { _clients: pg.PoolClient[] })._clients
      await Promise.all(clients.map((client) => (client as unknown as pg.Client).end().catch(() => {})))
      void pool.end()
    }
    for (const server of [primary, replica]) await noConnectionsLeft(server.url('newsroom'))
    await replica.stop()
    await primary.stop()
  }
  delete process.env.DATABASE_REPLICA_URIS
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(process.env.NEWSROOM_TEST_DIR as string, { recursive: true, force: true })
})

describe.runIf(isPostgres())('read replicas (DATABASE_REPLICA_URIS)', () => {
  it('writes to the primary and reads to the replica, past a short while after this instance wrote', async () => {
    // A replica refuses writes: a write that went there would fail
    await app.payload.create({ collection: 'regions', data: region('770001') })
    await until(async () => (await onReplica(`select 1 from regions where code = '770001'`)).length === 1, 'replay')

    // The replica stops replaying: what is written now is on the primary only
    await onReplica('select pg_wal_replay_pause()')
    await app.payload.create({ collection: 'regions', data: region('770002') })
    // Right after its own write, this instance reads from the primary (Payload's readReplicasAfterWriteInterval)
    expect(await readRegions('770002')).toBe(1)
    // After that, from the replica, which has not seen the write; inside a transaction, from the primary
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(await readRegions('770002')).toBe(0)
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    expect(
      (await app.payload.count({ collection: 'regions', where: { code: { equals: '770002' } }, req })).totalDocs,
    ).toBe(1)
    await commitTransaction(req)

    await onReplica('select pg_wal_replay_resume()')
    await until(async () => (await readRegions('770002')) === 1, 'the replica to catch up')
  }, 60_000)
})
