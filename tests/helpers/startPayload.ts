import fs from 'node:fs'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type TestApp = { payload: Payload; config: SanitizedConfig; mediaDir: string; close: () => Promise<void> }

/** Starts Payload on the fresh database and media folder that tests/helpers/int.setup.ts chose for this file. */
export const startPayload = async (): Promise<TestApp> => {
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  const mediaDir = process.env.MEDIA_DIR as string
  const close = async () => {
    if (process.env.DATABASE_URI?.startsWith('mongodb')) {
      // The throwaway database has to go, or every test run would leave one behind on the server.
      const { connection } = payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
      await connection.dropDatabase()
    }
    await payload.destroy()
    fs.rmSync(process.env.NEWSROOM_TEST_DIR as string, { recursive: true, force: true })
  }
  return { payload, config, mediaDir, close }
}
