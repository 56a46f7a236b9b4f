/**
 * `npm run migrate:create [-- <name>]`: after a schema change, one migration for each SQL engine, in
 * src/migrations/sqlite and src/migrations/postgres, each diffed against the newest snapshot in its own folder (a
 * migration is written in its engine's SQL). Payload makes a migration without connecting to the database, so the
 * PostgreSQL address below needs no server. An engine whose schema did not change gets no migration.
 */
import { spawnSync } from 'node:child_process'

const ENGINES = [
  { name: 'SQLite', uri: 'file:./data/newsroom.db' },
  { name: 'PostgreSQL', uri: 'postgres://127.0.0.1:5432/newsroom' },
]

const migrationName = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
for (const engine of ENGINES) {
  console.log(`— ${engine.name}`)
  const run = spawnSync('payload', ['migrate:create', ...migrationName, '--skip-empty'], {
    env: { ...process.env, DATABASE_URI: engine.uri },
    stdio: 'inherit',
    shell: false,
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
