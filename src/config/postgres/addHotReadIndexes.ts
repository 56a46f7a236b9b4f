import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { hotReadIndexes } from '../hotReadIndexes'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The hot-read indexes (src/config/hotReadIndexes.ts) in PostgreSQL's terms. */
export const addHotReadIndexes: PostgresSchemaHook = hotReadIndexes(index)
