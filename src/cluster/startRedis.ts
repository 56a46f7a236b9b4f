import { spawn } from 'node:child_process'

import { accepts, waitFor } from './waitFor'

export type RunningRedis = { url: string; stop: () => Promise<void> }

/**
 * redis-server on 127.0.0.1:`port`, memory only (nothing saved to disk). Under memory pressure it drops keys that
 * carry a lifetime (cached pages) and never the page cache's tag expiries, which carry none
 * (src/cache/redisCacheHandler.mjs).
 */
export const startRedis = async (port: number, maxMemory = '256mb'): Promise<RunningRedis> => {
  const server = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      maxMemory,
      '--maxmemory-policy',
      'volatile-lru',
    ],
    { stdio: 'ignore' },
  )
  // A missing program is an 'error' event with no exit
  let failed = false
  const exited = new Promise<void>((resolve) => {
    server.once('exit', () => resolve())
    server.once('error', () => {
      failed = true
      resolve()
    })
  })
  await waitFor(`redis-server on port ${port}`, () => accepts(port), {
    alive: () => server.exitCode === null && !failed,
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (server.exitCode === null && !failed) server.kill('SIGTERM')
      await exited
    },
  }
}
