import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { describe, expect, inject, it } from 'vitest'

import { freePort } from '../helpers/freePort'
import { freshDatabase } from '../helpers/testDatabase'
import { waitForHttp } from '../helpers/waitForHttp'

import { E2E_DIST_DIR } from './context'

const GOOD_SECRET = 'a3f0c9d27be84411a6d35e0f7c2b9e18d4f6a0b1c2d3e4f5'

/** `npm start`'s own arguments to node (read from package.json, so its server and Node flags come along). */
const NPM_START = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/).slice(1)
const NEXT_START = ['node_modules/next/dist/bin/next', 'start']

/** Starts the production build outside demo mode; resolves with its exit code, or 'running' once it serves. */
const startProduction = async (env: Record<string, string | undefined>, command: string[] = NPM_START) => {
  const port = await freePort()
  const child = spawn(process.execPath, [...command, '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', DEMO_MODE: undefined, NEXT_DIST_DIR: E2E_DIST_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let dead = false
  void exited.then(() => (dead = true))
  try {
    await waitForHttp(`http://127.0.0.1:${port}/admin/login`, { timeoutMs: 60_000, alive: () => !dead })
    return { outcome: 'running' as const, port, output, stop: () => child.kill('SIGTERM') }
  } catch {
    return { outcome: await exited, port, output, stop: () => undefined }
  }
}

describe('the production server outside demo mode', () => {
  it.each([
    ['missing', undefined, 'PAYLOAD_SECRET is not set'],
    ['well-known', 'changeme', 'well-known example value'],
    ['too short', 'short-secret', 'shorter than 32'],
  ])('refuses to start with a %s secret', async (_, secret, reason) => {
    const db = freshDatabase()
    const run = await startProduction({ PAYLOAD_SECRET: secret, DATABASE_URI: db.uri })
    expect(run.outcome).toBe(1)
    expect(run.output).toContain(reason)
    fs.rmSync(db.dir, { recursive: true, force: true })
  })

  it('refuses to start as a bare `next start`, which could not tell one client from another', async () => {
    const db = freshDatabase()
    const run = await startProduction({ PAYLOAD_SECRET: GOOD_SECRET, DATABASE_URI: db.uri }, NEXT_START)
    expect(run.outcome).toBe(1)
    expect(run.output).toContain('npm start')
    fs.rmSync(db.dir, { recursive: true, force: true })
  })

  it('refuses to start on a database that holds demo accounts', async () => {
    const run = await startProduction({ PAYLOAD_SECRET: GOOD_SECRET, DATABASE_URI: inject('databaseUri') })
    expect(run.outcome).toBe(1)
    expect(run.output).toContain('demo account')
  })

  it('starts with a real secret, migrating a fresh database itself, and has no demo account', async () => {
    const db = freshDatabase()
    const run = await startProduction({ PAYLOAD_SECRET: GOOD_SECRET, DATABASE_URI: db.uri })
    try {
      expect(run.outcome).toBe('running')
      const login = await fetch(`http://127.0.0.1:${run.port}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.local', password: 'anything-at-all' }),
      })
      expect(login.status).toBe(401)
      // The schema exists only because the committed migrations ran at start: regions answer, empty.
      const regions = await fetch(`http://127.0.0.1:${run.port}/api/regions?limit=1`)
      expect(regions.status).toBe(200)
      expect((await regions.json()).totalDocs).toBe(0)
    } finally {
      run.stop()
      fs.rmSync(db.dir, { recursive: true, force: true })
    }
  })
})
