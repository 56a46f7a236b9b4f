import { createClient, type Client } from '@libsql/client'

export type ConnectionSettings = { url: string; busyTimeoutMs: number; wal: boolean }

/**
 * Opens one libsql connection with the settings every connection needs. SQLite keeps busy_timeout and synchronous
 * per connection, so each connection the app opens gets them here, not only the first one.
 */
export const openConnection = async ({ url, busyTimeoutMs, wal }: ConnectionSettings): Promise<Client> => {
  const client = createClient({ url })
  // Another process (the seed script, a second server) holding the write lock makes SQLite wait, not fail.
  await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  if (wal) {
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute(`PRAGMA journal_size_limit = ${64 * 1024 * 1024}`)
    // FULL: a commit that was acknowledged survives a crash of the machine, not only of the process.
    await client.execute('PRAGMA synchronous = FULL')
  }
  return client
}
