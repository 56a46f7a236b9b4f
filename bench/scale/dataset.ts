import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type Sizes = { articles: number; cases: number; events: number; views: number; votes: number }

export type Manifest = {
  sizes: Sizes & { units: number }
  words: { common: string; rare: string }
  demo: { campaign: string | number; topic: string | number; year: number }
  totalSeconds: number
  phases: { name: string; count: number; seconds: number; perSecond: number; cpuSeconds: number }[]
  rows: Record<string, number>
}

/**
 * A file database keeps its dataset's summary and its uploads beside it (x.db.json, x.db.media/): the summary is how a
 * later run knows to reuse it, and the pictures the pages show stay with it.
 */
export const besideDatabase = (database: string) => {
  const file = database.startsWith('file:') ? path.resolve(database.slice('file:'.length)) : null
  return { manifest: file && `${file}.json`, media: file && `${file}.media` }
}

const readManifest = (file: string | null): Manifest | null =>
  file && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : null

/**
 * The dataset to serve: the one already built in `database` when its summary is there (and was built at the sizes
 * asked for), else a new one built there by generate.ts in a process of its own, in production mode as the server
 * will run, with its progress lines passed through.
 */
export const ensureDataset = async ({
  database,
  sizes,
  mediaDir,
  work,
  password,
}: {
  database: string
  sizes: Sizes
  mediaDir: string
  work: string
  password: string
}): Promise<{ manifest: Manifest; reused: boolean }> => {
  const kept = besideDatabase(database).manifest
  const existing = readManifest(kept)
  if (existing) {
    const differs = (Object.keys(sizes) as (keyof Sizes)[]).filter((key) => existing.sizes[key] !== sizes[key])
    if (differs.length > 0) {
      throw new Error(
        `${database} holds a dataset built with other sizes ` +
          `(${differs.map((key) => `${key} ${existing.sizes[key]}`).join(', ')}); ` +
          'give its sizes, or another --database',
      )
    }
    return { manifest: existing, reused: true }
  }
  const manifestFile = kept ?? path.join(work, 'dataset.json')
  const args = ['bench/scale/generate.ts', '--manifest', manifestFile]
  for (const [key, value] of Object.entries(sizes)) args.push(`--${key}`, String(value))
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DEMO_MODE: '1',
        DEMO_PASSWORD: password,
        DATABASE_URI: database,
        MEDIA_DIR: mediaDir,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
      },
    })
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`building the dataset failed (generate.ts exited with ${code})`)
  const manifest = readManifest(manifestFile)
  if (!manifest) throw new Error(`generate.ts wrote no summary to ${manifestFile}`)
  return { manifest, reused: false }
}
