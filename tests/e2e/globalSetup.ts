import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { assertChromiumInstalled } from '../helpers/chromium'
import { freePort } from '../helpers/freePort'
import { dropPostgresDatabase, freshDatabase } from '../helpers/testDatabase'
import { waitForHttp } from '../helpers/waitForHttp'

import { E2E_DIST_DIR, E2E_PASSWORD } from './context'

let server: ChildProcess | undefined

/**
 * Runs the newcomer's path for real: `npm run demo` (production build, migrations, regions, demo accounts, server)
 * on a fresh database (SQLite, or PostgreSQL with TEST_DATABASE=postgres) and a free port. The browser tests then
 * drive that server. E2E_REUSE_BUILD=1 serves the build already in E2E_DIST_DIR (`npm run demo -- --no-build`): the
 * build does not depend on the engine (the adapter is chosen from DATABASE_URI at start), so CI builds once for both.
 */
export default async function setup(project: TestProject) {
  assertChromiumInstalled()
  const port = await freePort()
  const db = freshDatabase()
  // One log per build folder, so two runs side by side do not write over each other's
  const log = path.resolve(`test-results/${E2E_DIST_DIR.replace(/^\./, '')}-${db.engine}-server.log`)
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const out = fs.openSync(log, 'w')
  const demo = process.env.E2E_REUSE_BUILD === '1' ? ['run', 'demo', '--', '--no-build'] : ['run', 'demo']
  server = spawn('npm', demo, {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      DATABASE_URI: db.uri,
      MEDIA_DIR: path.join(db.dir, 'media'),
      MAIL_DIR: path.join(db.dir, 'mail'),
      DEMO_PASSWORD: E2E_PASSWORD,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      PORT: String(port),
      TMPDIR: os.tmpdir(),
    },
  })
  let exited = false
  server.on('exit', () => (exited = true))
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${baseURL}/admin/login`, { timeoutMs: 1_200_000, alive: () => !exited })
  } catch (error) {
    // No teardown runs after a failed setup: a build or server still running would outlive the tests
    await stop(db)
    throw new Error(`${(error as Error).message}; see ${log}`)
  }
  project.provide('baseURL', baseURL)
  project.provide('databaseUri', db.uri)
  project.provide('mailDir', path.join(db.dir, 'mail'))
  return () => stop(db)
}

const stop = async (db: ReturnType<typeof freshDatabase>) => {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  } catch {
    // The whole group had already ended
  }
  fs.rmSync(db.dir, { recursive: true, force: true })
  if (db.engine === 'postgres') await dropPostgresDatabase(db.uri)
}
