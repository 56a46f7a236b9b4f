import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestApp } from '../helpers/startPayload'
import { isPostgres } from '../helpers/testDatabase'

let app: TestApp

beforeAll(async () => {
  app = await startPayload()
})
afterAll(() => app?.close())

const region = (code: string) => ({ code, name: `测试地区${code}`, level: 'county' as const })
const regionCount = async (code: string) =>
  (await app.payload.count({ collection: 'regions', where: { code: { equals: code } } })).totalDocs

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

/** How the PostgreSQL adapter commits (src/config/postgres/honestCommits.ts). */
describe.runIf(isPostgres())('writes on PostgreSQL', () => {
  it('fails the write when its COMMIT would roll back, and keeps nothing of it', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await app.payload.create({ collection: 'regions', data: region('880101'), req })
    const session = (app.payload.db as unknown as { sessions: Record<string, Session> }).sessions[
      String(req.transactionID)
    ]
    // A statement fails inside the transaction and its error is caught, as a hook might: PostgreSQL then answers the
    // COMMIT with a silent ROLLBACK, which Payload's own transactions reported as saved.
    await session.db.execute(sql`select 1 / 0`).catch(() => undefined)
    await expect(commitTransaction(req)).rejects.toThrow(/aborted/)
    expect(await regionCount('880101')).toBe(0)
    // The connection is free again afterwards.
    await app.payload.create({ collection: 'regions', data: region('880102') })
    expect(await regionCount('880102')).toBe(1)
  })

  it('commits a transaction whose statements all succeeded', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await app.payload.create({ collection: 'regions', data: region('880103'), req })
    await commitTransaction(req)
    expect(await regionCount('880103')).toBe(1)
  })
})
