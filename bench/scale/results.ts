import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const loadNow = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')

export const resultsPath = (kind: string) => {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '')
  const file = path.resolve('bench/results', `${kind}-${stamp}Z.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return file
}
