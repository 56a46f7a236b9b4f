import path from 'node:path'

import { defaultDatabaseFile, developmentDatabaseFile } from './paths'

/** Which engine `DATABASE_URI` asks for. Pure, so the rule is unit-tested. */
export type DatabaseChoice =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string } | { engine: 'mongodb'; url: string }

const isPostgresUri = (value: string) => value.startsWith('postgres://') || value.startsWith('postgresql://')

/**
 * `next dev` pushes schema changes straight into its database, which production migrations then refuse to run on;
 * so development, when given no DATABASE_URI, keeps its own file apart from the demo's and production's.
 */
export const chooseDatabase = (uri: string | undefined, nodeEnv = process.env.NODE_ENV): DatabaseChoice => {
  const value = uri?.trim()
  if (!value)
    return { engine: 'sqlite', file: nodeEnv === 'development' ? developmentDatabaseFile : defaultDatabaseFile }
  if (isPostgresUri(value)) return { engine: 'postgres', url: value }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) return { engine: 'mongodb', url: value }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new Error('DATABASE_URI "file:" needs a path, e.g. file:./data/newsroom.db')
    return { engine: 'sqlite', file: path.resolve(file) }
  }
  throw new Error(
    `DATABASE_URI must be unset, file:<path>, postgres://… or mongodb://… (got "${value.split(':')[0]}:…"). ` +
      'DATABASE_URI 只能不设置、为 file:<路径>、postgres://… 或 mongodb://…',
  )
}

/**
 * `DATABASE_REPLICA_URIS`: PostgreSQL read replicas of the DATABASE_URI primary, separated by commas; none when
 * unset. Set beside another engine, or naming something other than PostgreSQL, it stops the start with a clear
 * error rather than being ignored. Pure, so the rule is unit-tested.
 */
export const chooseReadReplicas = (value: string | undefined, choice: DatabaseChoice): string[] => {
  const uris = (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  if (uris.length === 0) return []
  if (choice.engine !== 'postgres') {
    throw new Error(
      'DATABASE_REPLICA_URIS names PostgreSQL read replicas, but DATABASE_URI is not PostgreSQL. ' +
        'DATABASE_REPLICA_URIS 只用于 PostgreSQL 只读副本，而 DATABASE_URI 不是 PostgreSQL',
    )
  }
  const other = uris.find((uri) => !isPostgresUri(uri))
  if (other) {
    throw new Error(
      `DATABASE_REPLICA_URIS must list postgres://… addresses, separated by commas (got "${other.split(':')[0]}:…"). ` +
        'DATABASE_REPLICA_URIS 须为以逗号分隔的 postgres://… 地址',
    )
  }
  return uris
}
