import { createClient } from '@libsql/client'

/** SQLite's own verdict on a database file: 'ok', or the problems it found, one per line. */
export const sqliteIntegrity = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((row) => String(row[0])).join('\n')
  } finally {
    client.close()
  }
}
