import fs from 'node:fs'
import path from 'node:path'

import { freshDatabase, testBaseUri } from './testDatabase'

/**
 * Runs before each integration test file loads anything, so every module that reads the config (the data layer
 * imports it at load time) sees this file's own fresh database and media folder, never data/newsroom.db.
 */
process.env.NEWSROOM_TEST_BASE_URI ??= testBaseUri() ?? ''
const db = freshDatabase(process.env.NEWSROOM_TEST_BASE_URI || undefined)
process.env.DATABASE_URI = db.uri
process.env.MEDIA_DIR = path.join(db.dir, 'media')
process.env.NEWSROOM_TEST_DIR = db.dir
fs.mkdirSync(process.env.MEDIA_DIR, { recursive: true })
