import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { assertChromiumInstalled } from '../helpers/chromium'
import { freePort } from '../helpers/freePort'
import { freshDatabase } from '../helpers/testDatabase'
import { waitForHttp } from '../helpers/waitForHttp'

import { E2E_DIST_DIR, E2E_PASSWORD } from './context'

let server: ChildProcess | undefined

/**
 * Runs the newcomer's path for real: `npm run demo` (production build, migrations, regions, demo accounts, server)
 * on a fresh database and a free port. The browser tests then drive that server.
 */
export default async function setup(project: TestProject) {
  assertChromiumInstalled()
  const port = await freePort()
  const db = freshDatabase()
  // One log per build folder, so two runs side by side do not write over each other's
  const log = path.resolve(`test-results/${E2E_DIST_DIR.replace(/^\./, '')}-server.log`)
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const out = fs.openSync(log, 'w')
  server = spawn('npm', ['run', 'demo'], {
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
    throw new Error(`${(error as Error).message}; see ${log}`)
  }
  project.provide('baseURL', baseURL)
  project.provide('databaseUri', db.uri)
  project.provide('mailDir', path.join(db.dir, 'mail'))
  return async () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    fs.rmSync(db.dir, { recursive: true, force: true })
  }
}
