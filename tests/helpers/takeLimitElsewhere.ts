import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { LimitVerdict } from '@/limits/clientLimit'

const run = promisify(execFile)

export type LimitName = 'registration' | 'objection' | 'loginPerAccount' | 'viewOncePerArticle'

/**
 * Takes a limit in a separate Node process on this test file's database, as a second `npm start` on the same data
 * would: what it counts must count here too.
 */
export const takeLimitElsewhere = async (
  name: LimitName,
  address: string,
  times: number,
  scope = '',
): Promise<LimitVerdict[]> => {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const { stdout } = await run(tsx, ['tests/helpers/limitTaker.ts', name, address, scope, String(times)], {
    env: process.env,
  })
  return JSON.parse(stdout)
}
