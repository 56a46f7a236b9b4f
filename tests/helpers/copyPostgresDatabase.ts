import { spawn } from 'node:child_process'

import { Client } from 'pg'

/**
 * A consistent copy of a PostgreSQL database that a server is using: pg_dump reads one snapshot (CREATE DATABASE …
 * TEMPLATE would need every other connection closed), and psql restores it into a new database at `toUri`.
 */
export const copyPostgresDatabase = async (fromUri: string, toUri: string) => {
  const target = new URL(toUri)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = '/postgres'
  const client = new Client({ connectionString: target.toString() })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
  const script = 'pg_dump --no-owner --no-privileges "$FROM" | psql -q -v ON_ERROR_STOP=1 -d "$TO" >/dev/null'
  const copy = spawn('bash', ['-o', 'pipefail', '-c', script], {
    env: { ...process.env, FROM: fromUri, TO: toUri },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  copy.stderr.on('data', (chunk) => (errors += chunk))
  const code = await new Promise<number | null>((resolve) => copy.on('exit', resolve))
  if (code !== 0) throw new Error(`copying ${fromUri} failed (${code}): ${errors}`)
}
