import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { startLocalMailbox } from '@/mail/localMailbox'

import { waitForHttp } from '../tests/helpers/waitForHttp'

export type DemoAppOptions = {
  port: number
  password: string
  /** The bench's temp folder: the database (unless `database`), the media folder and the app's log live there. */
  work: string
  distDir: string
  build: boolean
  database?: string
  /** Where the stops of what was started are added, run in reverse order at the end. */
  stops: (() => Promise<void> | void)[]
  /** More settings for the app. */
  env?: Record<string, string>
}

/**
 * `npm run demo` on its own build folder, database, media folder, secret and password, with a mailbox that drops
 * the demo's mail (nothing is sent and nothing lands in data/); resolves with the launcher's pid once the app answers.
 */
export const startDemoApp = async ({ port, password, work, distDir, build, database, stops, env }: DemoAppOptions) => {
  const log = path.join(work, 'app.log')
  const mailbox = await startLocalMailbox({ onMessage: () => undefined })
  stops.push(mailbox.close)
  const out = fs.openSync(log, 'w')
  const app: ChildProcess = spawn('npm', ['run', 'demo', ...(build ? [] : ['--', '--no-build'])], {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      DATABASE_URI: database ?? `file:${path.join(work, 'bench.db')}`,
      MEDIA_DIR: path.join(work, 'media'),
      DEMO_PASSWORD: password,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      SMTP_HOST: mailbox.host,
      SMTP_PORT: String(mailbox.port),
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  let exited = false
  app.on('exit', () => (exited = true))
  stops.push(() => {
    if (!exited && app.pid) process.kill(-app.pid, 'SIGTERM')
  })
  try {
    await waitForHttp(`http://127.0.0.1:${port}/admin/login`, { timeoutMs: 1_200_000, alive: () => !exited })
  } catch (error) {
    throw new Error(`${(error as Error).message}; see ${log}`)
  }
  return app.pid as number
}
