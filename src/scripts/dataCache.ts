import fs from 'node:fs'
import path from 'node:path'

/**
 * Next keeps its data cache (and with it cached reader pages) in the build folder, and a new build does not empty
 * it. A fresh build, or a demo on a freshly seeded database, must not serve what the last one cached.
 */
export const clearDataCache = (distDir = process.env.NEXT_DIST_DIR || '.next') => {
  fs.rmSync(path.resolve(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
}
