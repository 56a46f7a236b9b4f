import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export type ReindexFigures = { seconds: number; exitCode: number | null; summary: string }

/**
 * `npm run search:reindex -- --restart` over the whole dataset, in a process of its own beside the running server,
 * as an operator would run it: timed from start to exit, its last line kept (documents, rows written, removed).
 */
export const reindexSearch = (database: string) =>
  new Promise<ReindexFigures>((resolve) => {
    const started = performance.now()
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/scripts/reindexSearch.ts', '--restart'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: database,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
      },
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('exit', (exitCode) => {
      const lines = output.trim().split('\n')
      resolve({ seconds: (performance.now() - started) / 1000, exitCode, summary: lines.at(-1) ?? '' })
    })
  })
