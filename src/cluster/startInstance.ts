import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { waitFor } from './waitFor'

export type RunningInstance = {
  baseURL: string
  /** Ends the instance at once, as a power cut or the OOM killer would: no shutdown hook runs. */
  killHard: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * One app instance of the production build: `npm start`'s own command (from package.json, so its Node flags come
 * along) without npm in between, so a signal reaches the server itself. Output goes to `log`. Resolves once the API
 * answers.
 */
export const startInstance = async ({
  port,
  env,
  log,
}: {
  port: number
  env: Record<string, string | undefined>
  log: string
}): Promise<RunningInstance> => {
  const [command, ...args] = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/)
  if (command !== 'node') throw new Error(`npm start no longer runs node directly: ${command}`)
  const out = fs.openSync(log, 'a')
  const child = spawn(process.execPath, [...args, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  fs.closeSync(out)
  let alive = true
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  void exited.then(() => (alive = false))
  // The whole process group, in case Next starts helpers of its own
  const signal = async (name: NodeJS.Signals) => {
    if (alive) process.kill(-(child.pid as number), name)
    await exited
  }
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitFor(
      `app instance on port ${port} (see ${log})`,
      async () => (await fetch(`${baseURL}/api/users/me`)).status < 500,
      { alive: () => alive, timeoutMs: 180_000 },
    )
  } catch (error) {
    await signal('SIGKILL')
    throw error
  }
  return { baseURL, killHard: () => signal('SIGKILL'), stop: () => signal('SIGTERM') }
}
