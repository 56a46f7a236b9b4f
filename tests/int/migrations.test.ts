import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { realSchemaChanges } from '../helpers/postgresPushNoise'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { isMongo, isPostgres } from '../helpers/testDatabase'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (previous: unknown, current: unknown) => Promise<string[]>
  pushSchema: (schema: unknown, db: unknown) => Promise<{ statementsToExecute: string[] }>
}
type SqlAdapter = {
  schema: unknown
  drizzle: unknown
  pool?: Parameters<typeof realSchemaChanges>[1]
  requireDrizzleKit: () => DrizzleKit
}

// Each SQL engine has its own migrations, written in its own SQL
const migrationsDir = path.resolve('src/migrations', isPostgres() ? 'postgres' : 'sqlite')
let app: TestApp

// MongoDB has no schema migrations; these checks are for the SQL database.
describe.skipIf(isMongo())('SQL migrations', () => {
  beforeAll(async () => {
    // As in production: no schema push, the committed migrations build the fresh database.
    Object.assign(process.env, { NODE_ENV: 'production' })
    process.env.PAYLOAD_SECRET = 'migration-test-secret-0123456789abcdef0123'
    app = await startPayload()
  })
  afterAll(() => app?.close())

  it('builds a fresh database to exactly the schema the config describes', async () => {
    const db = app.payload.db as unknown as SqlAdapter
    const { statementsToExecute } = await db.requireDrizzleKit().pushSchema(db.schema, db.drizzle)
    const changes = db.pool ? await realSchemaChanges(statementsToExecute, db.pool) : statementsToExecute
    expect(changes).toEqual([])
    const ran = await app.payload.find({ collection: 'payload-migrations', pagination: false })
    const committed = fs.readdirSync(migrationsDir).filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
    expect(ran.docs.map((doc) => `${doc.name}.ts`).sort()).toEqual(committed.sort())
  })

  it('has a migration for every schema change (run `npm run migrate:create` after changing fields)', async () => {
    const db = app.payload.db as unknown as SqlAdapter
    const kit = db.requireDrizzleKit()
    const snapshots = fs
      .readdirSync(migrationsDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = JSON.parse(fs.readFileSync(path.join(migrationsDir, snapshots.at(-1) as string), 'utf8'))
    const pending = await kit.generateMigration(latest, await kit.generateDrizzleJson(db.schema))
    expect(pending).toEqual([])
  })
})
