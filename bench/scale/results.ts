import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { machine } from '../machine'

import { options, sizes, wrk } from './options'

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

/**
 * What every results file of the scale benchmark opens with: when, on what machine and load, and the settings all
 * its runs share (the database by kind, not where: the results file is kept with the code), plus `settings`.
 */
export const resultsHead = (loadBefore: number[], settings: Record<string, unknown>) => ({
  date: new Date().toISOString(),
  machine: machine(),
  loadBefore,
  loadAfter: os.loadavg(),
  settings: {
    database: options.database ? 'given with --database' : 'fresh file in a temp folder',
    sizes,
    wrk,
    ...settings,
    built: !options['no-build'],
  },
})
