import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

import { hotReadIndexes } from '../hotReadIndexes'

/** The hot-read indexes (src/config/hotReadIndexes.ts) in SQLite's terms. */
export const addHotReadIndexes: SQLiteSchemaHook = hotReadIndexes(index)
