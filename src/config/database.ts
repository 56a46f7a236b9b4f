import path from 'node:path'

import { defaultDatabaseFile, developmentDatabaseFile } from './paths'

/** Which engine `DATABASE_URI` asks for. Pure, so the rule is unit-tested. */
export type DatabaseChoice =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string } | { engine: 'mongodb'; url: string }

/**
 * `next dev` pushes schema changes straight into its database, which production migrations then refuse to run on;
 * so development, when given no DATABASE_URI, keeps its own file apart from the demo's and production's.
 */
export const chooseDatabase = (uri: string | undefined, nodeEnv = process.env.NODE_ENV): DatabaseChoice => {
  const value = uri?.trim()
  if (!value)
    return { engine: 'sqlite', file: nodeEnv === 'development' ? developmentDatabaseFile : defaultDatabaseFile }
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return { engine: 'postgres', url: value }
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
