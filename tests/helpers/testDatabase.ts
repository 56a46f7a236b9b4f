import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh database for one test file: a temp SQLite file by default (in-memory SQLite breaks transactions), or a
 * new database on the MongoDB server that DATABASE_URI points at.
 */
export const freshDatabase = (baseUri = process.env.DATABASE_URI) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
  const suffix = randomBytes(4).toString('hex')
  if (baseUri?.startsWith('mongodb')) {
    const url = new URL(baseUri)
    url.pathname = `/newsroom_test_${suffix}`
    return { dir, uri: url.toString(), engine: 'mongodb' as const }
  }
  return { dir, uri: `file:${path.join(dir, 'test.db')}`, engine: 'sqlite' as const }
}

export const isMongo = () => Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))
