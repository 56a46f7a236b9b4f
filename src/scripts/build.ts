/** `npm run build`: a production build that starts with an empty data cache. */
import { spawnSync } from 'node:child_process'

import { clearDataCache } from './dataCache'

clearDataCache()
const { status } = spawnSync('node', ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' })
process.exit(status ?? 1)
