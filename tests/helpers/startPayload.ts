import fs from 'node:fs'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { backgroundWorkDone } from '@/lib/backgroundWork.mjs'
import { closeLimiterStore } from '@/limits/limiterStore'

import { dropPostgresDatabase } from './testDatabase'

export type TestApp = { payload: Payload; config: SanitizedConfig; mediaDir: string; close: () => Promise<void> }

/** Starts Payload on the fresh database and media folder that tests/helpers/int.setup.ts chose for this file. */
export const startPayload = async (): Promise<TestApp> => {
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  const mediaDir = process.env.MEDIA_DIR as string
  const close = async () => {
    // Mail a test's last change started still reads the database: it finishes (or fails) before the database goes
    await backgroundWorkDone(10_000)
    if (process.env.DATABASE_URI?.startsWith('mongodb')) {
      // The throwaway database has to go, or every test run would leave one behind on the server.
      const { connection } = payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
      await connection.dropDatabase()
    }
    await payload.destroy()
    if (process.env.DATABASE_URI?.startsWith('postgres')) {
      // Payload and the rate limits leave their connection pools open; they are closed first so that dropping the
      // database ends no one's query
      await (payload.db as unknown as { pool: { end: () => Promise<void> } }).pool.end()
      await closeLimiterStore()
      await dropPostgresDatabase(process.env.DATABASE_URI)
    }
    fs.rmSync(process.env.NEWSROOM_TEST_DIR as string, { recursive: true, force: true })
  }
  return { payload, config, mediaDir, close }
}
