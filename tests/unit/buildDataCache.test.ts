import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

describe('the data an earlier build cached', () => {
  it('is forgotten before each build, and nothing else of the build folder is', () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-dist-'))
    const entry = path.join(distDir, 'cache', 'fetch-cache', 'entry')
    const compiled = path.join(distDir, 'cache', 'webpack', 'pack')
    for (const file of [entry, compiled]) {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, 'from the build before')
    }
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts
    expect(scripts.build).toMatch(/^next build/)
    const [command, ...args] = scripts.prebuild.split(' ')
    expect(command).toBe('node')
    const run = spawnSync(process.execPath, args, { env: { ...process.env, NEXT_DIST_DIR: distDir } })
    expect(run.status).toBe(0)
    expect(fs.existsSync(entry)).toBe(false)
    expect(fs.readFileSync(compiled, 'utf8')).toBe('from the build before')
    fs.rmSync(distDir, { recursive: true, force: true })
  })
})
