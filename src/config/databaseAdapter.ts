import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { chooseDatabase, chooseReadReplicas } from './database'
import { addHotReadIndexes as addPostgresHotReadIndexes } from './postgres/addHotReadIndexes'
import { boundTransactions } from './postgres/boundTransactions'
import { honestCommits } from './postgres/honestCommits'
import { migrateOnce } from './postgres/migrateOnce'
import { addHotReadIndexes as addSqliteHotReadIndexes } from './sqlite/addHotReadIndexes'
import { serializeWrites } from './sqlite/serializeWrites'

/** Each SQL engine has its own migrations: a migration file is written in its engine's SQL. */
const migrationDir = (engine: 'sqlite' | 'postgres') => path.resolve(process.cwd(), 'src/migrations', engine)

/**
 * SQLite is the embedded default: WAL for concurrent readers, writes that take turns on one connection (waiting for
 * other processes through the busy timeout) instead of failing, and transactions on so a write whose hook fails is
 * rolled back. PostgreSQL is for several app instances: UUID ids, as on MongoDB, keep the app code from assuming
 * numeric ids; open transactions stay fewer than its pool's connections, and a COMMIT that did not commit fails the
 * request. In production the committed migrations
 * run at start (on PostgreSQL one instance at a time).
 */
export const databaseAdapter = (
  uri: string | undefined,
  replicaUris = process.env.DATABASE_REPLICA_URIS,
): DatabaseAdapterObj => {
  const choice = chooseDatabase(uri)
  const readReplicas = chooseReadReplicas(replicaUris, choice)
  if (choice.engine === 'mongodb') return mongooseAdapter({ url: choice.url })
  if (choice.engine === 'postgres') {
    return migrateOnce(
      boundTransactions(
        honestCommits(
          postgresAdapter({
            pool: { connectionString: choice.url },
            // Reads outside a transaction go to a replica, except for a while after this instance wrote (Payload's
            // readReplicasAfterWriteInterval, 2 s); deploy/README.md says what that means across instances.
            ...(readReplicas.length > 0 && { readReplicas }),
            idType: 'uuid',
            afterSchemaInit: [addPostgresHotReadIndexes],
            migrationDir: migrationDir('postgres'),
            prodMigrations: postgresMigrations,
          }),
        ),
      ),
    )
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  const busyTimeoutMs = 10_000
  return serializeWrites(
    sqliteAdapter({
      client: { url: `file:${choice.file}` },
      wal: true,
      busyTimeout: busyTimeoutMs,
      transactionOptions: {},
      afterSchemaInit: [addSqliteHotReadIndexes],
      migrationDir: migrationDir('sqlite'),
      prodMigrations: sqliteMigrations,
    }),
    { busyTimeoutMs },
  )
}
