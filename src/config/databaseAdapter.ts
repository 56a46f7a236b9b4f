import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

import { chooseDatabase } from './database'

/**
 * SQLite is the embedded default: WAL for concurrent readers, a busy timeout instead of instant lock errors, and
 * transactions on so a write whose hook fails is rolled back. In production the committed migrations run at start.
 */
export const databaseAdapter = (uri: string | undefined): DatabaseAdapterObj => {
  const choice = chooseDatabase(uri)
  if (choice.engine === 'mongodb') return mongooseAdapter({ url: choice.url })
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${choice.file}` },
    wal: true,
    busyTimeout: 5000,
    transactionOptions: {},
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
  })
}
