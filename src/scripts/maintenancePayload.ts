import { getPayload, type Payload, type SanitizedConfig } from 'payload'

type Migration = { name: string }
type AppliedMigration = { name?: string | null; batch?: number | null }

/**
 * Why a maintenance script must not run on this database, or null when it may: every migration the app runs at
 * start must have been applied, and the schema must never have been pushed in development mode (Payload records
 * that as a "dev" migration: the tables may then differ from what the migrations built). Pure.
 */
export const unmigratedReason = (
  committed: readonly Migration[],
  applied: AppliedMigration[] | { unreadable: string },
): string | null => {
  const how = 'Run `npm run migrate` against it first (先对该数据库运行 npm run migrate)'
  if ('unreadable' in applied) {
    return `The database's migrations could not be read (${applied.unreadable}): it was never migrated? ${how}.`
  }
  if (applied.some((migration) => migration.batch === -1)) {
    return (
      'The database schema was pushed in development mode (a "dev" migration is recorded), so it may differ from ' +
      'what the migrations build; a maintenance script does not run on it (该数据库的结构曾由开发模式直接修改).'
    )
  }
  const done = new Set(applied.map((migration) => migration.name))
  const missing = committed.filter((migration) => !done.has(migration.name)).map((migration) => migration.name)
  return missing.length > 0 ? `The database lacks the migrations ${missing.join(', ')}. ${how}.` : null
}

/** Refused to run: a database this script must not touch. */
export class UnmigratedDatabaseError extends Error {}

/**
 * Payload for a command-line maintenance script. It never changes the schema: no development-mode push (which is
 * what connecting does unless NODE_ENV is production) and no migrations (which is what connecting does when it is),
 * whatever NODE_ENV says. And it refuses a database whose migrations are not all applied, before reading anything.
 */
export const maintenancePayload = async (config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Payload> => {
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  const committed = payload.db.prodMigrations ?? []
  // Both are read when connecting: `push` by the SQL adapters, `prodMigrations` by every adapter.
  Object.assign(payload.db, { push: false, prodMigrations: undefined })
  await payload.db.connect?.()
  const applied = await payload
    .find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true, batch: true } })
    .then((result) => result.docs)
    .catch((error: unknown) => ({ unreadable: error instanceof Error ? error.message : String(error) }))
  const reason = unmigratedReason(committed, applied)
  if (reason) {
    await payload.destroy()
    throw new UnmigratedDatabaseError(reason)
  }
  return payload
}
