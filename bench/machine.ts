/** The tools the reader bench needs, and what it records about the machine it ran on. */
import { spawnSync } from 'node:child_process'
import os from 'node:os'

export const ensureTools = () => {
  const missing = ['wrk', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`)
  }
  console.log(`Installing ${missing.join(' and ')} (Debian packages)…`)
  const install = spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit' })
  if (install.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed (try apt-get update first)`)
}

const versionOf = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return `${result.stdout}${result.stderr}`.split('\n')[0].trim()
}

export const machine = () => ({
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  kernel: os.release(),
  node: process.version,
  nginx: versionOf('nginx', ['-v']),
  wrk: versionOf('wrk', ['-v']),
})
