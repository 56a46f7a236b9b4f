import fs from 'node:fs'

import { createClient } from '@libsql/client'

/**
 * A consistent copy of a SQLite database that another process may be writing to: VACUUM INTO reads one snapshot, so
 * the copy never mixes the main file with part of its write-ahead log, as copying the files would.
 */
export const copySqliteDatabase = async (fromFile: string, toFile: string) => {
  fs.rmSync(toFile, { force: true })
  const client = createClient({ url: `file:${fromFile}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [toFile] })
  } finally {
    client.close()
  }
}
