import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { WalCheckpointer, WRITER_CHECKPOINT_PAGES } from '@/config/sqlite/walCheckpointer'

type Db = InstanceType<typeof Database>

let dir: string
let file: string
let writer: Db
let checkpointer: WalCheckpointer | undefined

const PAGE = 4096
const walPages = () => fs.statSync(`${file}-wal`).size / PAGE

/** A transaction of `rows` rows of about a page each, as the writer connection commits them. */
const commit = (rows: number) => {
  const insert = writer.prepare('INSERT INTO t (body) VALUES (?)')
  writer.exec('BEGIN IMMEDIATE')
  for (let index = 0; index < rows; index++) insert.run('x'.repeat(PAGE - 200))
  writer.exec('COMMIT')
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpointer-'))
  file = path.join(dir, 'db.sqlite')
  writer = new Database(file)
  writer.pragma('journal_mode = WAL')
  writer.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`)
  writer.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)')
})

afterEach(async () => {
  await checkpointer?.stop()
  checkpointer = undefined
  writer.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const start = () => {
  const errors: Error[] = []
  checkpointer = new WalCheckpointer({ file, busyTimeoutMs: 5_000, onError: (error) => errors.push(error) })
  return { checkpointer, errors }
}

describe('the WAL checkpointer', () => {
  it('copies what the writer committed into the database file, on its own thread', async () => {
    const { checkpointer, errors } = start()
    // 1,500 pages: past SQLite's usual mark of 1,000, where the committing connection itself would have copied them
    for (let round = 0; round < 15; round++) {
      commit(100)
      checkpointer.committed()
    }
    await checkpointer.settled()
    expect(errors).toEqual([])
    expect(checkpointer.checkpoints).toBeGreaterThan(0)
    expect(checkpointer.last?.frames).toBeGreaterThanOrEqual(1_500)
    expect(checkpointer.last?.copied).toBe(checkpointer.last?.frames)
    // Copied: the next transaction starts the WAL over instead of making it longer
    const before = walPages()
    commit(10)
    expect(walPages()).toBeLessThanOrEqual(before)
    // Every row is there for a new reader
    const reader = new Database(file)
    expect(reader.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1_510 })
    reader.close()
  })

  it('leaves the WAL alone when told of no commit: the writer keeps its pages until then', async () => {
    const { checkpointer } = start()
    commit(1_200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(checkpointer.checkpoints).toBe(0)
    expect(walPages()).toBeGreaterThanOrEqual(1_200)
  })

  it('copies many commits in a few checkpoints, not one each', async () => {
    const { checkpointer } = start()
    for (let round = 0; round < 200; round++) {
      commit(2)
      checkpointer.committed()
    }
    await checkpointer.settled()
    expect(checkpointer.checkpoints).toBeGreaterThan(0)
    expect(checkpointer.checkpoints).toBeLessThan(20)
    expect(checkpointer.last?.copied).toBe(checkpointer.last?.frames)
  })

  it('stops after the checkpoint under way has finished, never inside it', async () => {
    const { checkpointer, errors } = start()
    commit(3_000)
    checkpointer.committed()
    // Terminating the worker inside the driver's native call would abort this whole process
    await checkpointer.stop()
    expect(errors).toEqual([])
    expect(checkpointer.checkpoints).toBe(1)
    expect(checkpointer.last?.copied).toBe(checkpointer.last?.frames)
    checkpointer.committed()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(checkpointer.checkpoints).toBe(1)
  })
})
