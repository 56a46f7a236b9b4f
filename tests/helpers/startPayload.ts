import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { freshDatabase } from './testDatabase'

export type TestApp = { payload: Payload; config: SanitizedConfig; mediaDir: string; close: () => Promise<void> }

/** Starts Payload on a fresh database and media folder; the config is read after the environment points at them. */
export const startPayload = async (): Promise<TestApp> => {
  const db = freshDatabase()
  const mediaDir = path.join(db.dir, 'media')
  fs.mkdirSync(mediaDir)
  process.env.DATABASE_URI = db.uri
  process.env.MEDIA_DIR = mediaDir
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  const close = async () => {
    if (db.engine === 'mongodb') {
      // The throwaway database has to go, or every test run would leave one behind on the server.
      const { connection } = payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
      await connection.dropDatabase()
    }
    await payload.destroy()
    fs.rmSync(db.dir, { recursive: true, force: true })
  }
  return { payload, config, mediaDir, close }
}
