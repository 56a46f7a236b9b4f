import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { waitForHttp } from './waitForHttp'

export type ProductionServer = {
  baseURL: string
  /** Ends the server at once, as a power cut or the OOM killer would: no shutdown hook runs. */
  killHard: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * `npm start`'s own command (read from package.json, so its Node flags come along), run without npm in between so
 * a signal reaches the server itself. Output is appended to `log`. Resolves once the API answers.
 */
export const startProductionServer = async ({
  port,
  env,
  log,
}: {
  port: number
  env: Record<string, string | undefined>
  log: string
}): Promise<ProductionServer> => {
  const [command, ...args] = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start.split(/\s+/)
  if (command !== 'node') throw new Error(`npm start no longer runs node directly: ${command}`)
  const out = fs.openSync(log, 'a')
  const child = spawn(process.execPath, [...args, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  fs.closeSync(out)
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let alive = true
  void exited.then(() => (alive = false))
  const signal = async (name: NodeJS.Signals) => {
    // The whole process group, in case Next starts helpers of its own
    if (alive) process.kill(-(child.pid as number), name)
    await exited
  }
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${baseURL}/api/users/me`, { timeoutMs: 120_000, alive: () => alive })
  } catch (error) {
    await signal('SIGKILL')
    throw new Error(`${(error as Error).message}; see ${log}`)
  }
  return { baseURL, killHard: () => signal('SIGKILL'), stop: () => signal('SIGTERM') }
}
