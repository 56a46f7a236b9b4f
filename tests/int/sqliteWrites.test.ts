import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QUIET_MS } from '@/config/sqlite/idleCheckpoint'
import { WRITER_CHECKPOINT_PAGES } from '@/config/sqlite/writerConnection'

import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { isSqlite } from '../helpers/testDatabase'

let app: TestApp

beforeAll(async () => {
  ;({ app } = await startWithCast())
})
afterAll(() => app?.close())

const region = (code: string) => ({ code, name: `测试地区${code}`, level: 'county' as const })
const regionCount = async (code: string) =>
  (await app.payload.count({ collection: 'regions', where: { code: { equals: code } } })).totalDocs
const openFiles = () => fs.readdirSync('/proc/self/fd').length

/** The SQLite write path (src/config/sqlite): these rules are about how SQLite is driven, so they run only there. */
describe.skipIf(!isSqlite())('writes on the embedded database', () => {
  it('lets two hundred writers at once all succeed, without opening a connection each', async () => {
    const before = openFiles()
    const codes = Array.from({ length: 200 }, (_, i) => `9${String(i).padStart(5, '0')}`)
    const results = await Promise.allSettled(
      codes.map((code) => app.payload.create({ collection: 'regions', data: region(code) })),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect((await app.payload.count({ collection: 'regions', where: { code: { in: codes } } })).totalDocs).toBe(200)
    expect(openFiles() - before).toBeLessThan(10)
  })

  // Before the failed COMMIT below: the connection it fails on keeps a read snapshot until garbage collection, and
  // no checkpoint can copy past it until then, whatever the mark
  it('copies the WAL into the database file in large checkpoints, and keeps every write', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const db = app.payload.db as unknown as {
      sessions: Record<string, { db: { all: (q: unknown) => Promise<Record<string, unknown>[]> } }>
    }
    const [row] = await db.sessions[req.transactionID as string].db.all(sql`PRAGMA wal_autocheckpoint`)
    await commitTransaction(req)
    expect(Object.values(row)).toEqual([WRITER_CHECKPOINT_PAGES])
    const codes = Array.from({ length: 300 }, (_, i) => `86${String(i).padStart(4, '0')}`)
    for (const code of codes) await app.payload.create({ collection: 'regions', data: region(code) })
    expect((await app.payload.count({ collection: 'regions', where: { code: { in: codes } } })).totalDocs).toBe(300)
    // The WAL went past SQLite's usual mark of 1,000 pages without the writer copying it back: at that mark it would
    // hold fewer pages than that now
    const file = (process.env.DATABASE_URI as string).replace(/^file:/, '')
    const probe = createClient({ url: `file:${file}` })
    const { rows } = await probe.execute('PRAGMA wal_checkpoint(PASSIVE)')
    probe.close()
    expect(Number(rows[0].log)).toBeGreaterThan(1_000)
  })

  it('copies the WAL into the database file once writing pauses', async () => {
    const file = (process.env.DATABASE_URI as string).replace(/^file:/, '')
    const codes = Array.from({ length: 50 }, (_, i) => `87${String(i).padStart(4, '0')}`)
    for (const code of codes) await app.payload.create({ collection: 'regions', data: region(code) })
    // Far below the automatic checkpoint's mark, the writes are in the WAL alone; the pause brings them over
    const written = fs.statSync(file).mtimeMs
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS * 3))
    expect(fs.statSync(file).mtimeMs).toBeGreaterThan(written)
    expect((await app.payload.count({ collection: 'regions', where: { code: { in: codes } } })).totalDocs).toBe(50)
  })

  it('fails the write when its COMMIT fails, and keeps nothing of it', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const db = app.payload.db as unknown as {
      sessions: Record<string, { db: { run: (q: unknown) => Promise<unknown> } }>
    }
    const session = db.sessions[req.transactionID as string]
    // A foreign key checked only at COMMIT: the one way to make SQLite refuse a commit on demand.
    await session.db.run(sql`PRAGMA defer_foreign_keys = ON`)
    await app.payload.create({ collection: 'regions', data: region('880001'), req })
    await session.db.run(sql`UPDATE regions SET parent_id = 987654321 WHERE code = '880001'`)
    await expect(commitTransaction(req)).rejects.toThrow(/FOREIGN KEY/)
    expect(await regionCount('880001')).toBe(0)
    // The writer is free again afterwards.
    await app.payload.create({ collection: 'regions', data: region('880002') })
    expect(await regionCount('880002')).toBe(1)
  })

  it('does not make a write outside an open transaction wait for that transaction', async () => {
    // Payload's forgot-password opens a transaction, then writes its rate-limit reservation outside it.
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const outside = app.payload.create({ collection: 'regions', data: region('880003') })
    const settled = await Promise.race([outside.then(() => 'done'), new Promise((r) => setTimeout(r, 5000, 'stuck'))])
    expect(settled).toBe('done')
    await app.payload.create({ collection: 'regions', data: region('880004'), req })
    await commitTransaction(req)
    expect([await regionCount('880003'), await regionCount('880004')]).toEqual([1, 1])
  })

  it('waits for another process that holds the write lock instead of failing', async () => {
    const file = (process.env.DATABASE_URI as string).replace(/^file:/, '')
    // A second process takes the write lock for a second, as the seed script or a second server would.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const c = createClient({ url: 'file:${file}' })
         await c.execute('BEGIN IMMEDIATE')
         console.log('locked')
         setTimeout(async () => { await c.execute('COMMIT'); process.exit(0) }, 1000)`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()))
    const started = Date.now()
    await app.payload.create({ collection: 'regions', data: region('880005') })
    expect(Date.now() - started).toBeGreaterThan(500)
    expect(await regionCount('880005')).toBe(1)
  })
})
