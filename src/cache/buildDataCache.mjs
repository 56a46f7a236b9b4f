import fs from 'node:fs'
import path from 'node:path'

/** Where Next builds to: tests and benchmarks build into folders of their own so a running build is never replaced. */
export const distDir = () => process.env.NEXT_DIST_DIR || '.next'

/** Where `next build` leaves the data it cached (unstable_cache) while prerendering. */
export const buildDataCacheDir = () => path.join(distDir(), 'cache', 'fetch-cache')

/**
 * Forgets the data the last build cached. Next keeps it on disk from one build to the next, and a build prerenders
 * from it: an entry found there counts as fresh. So a build prerendered the home page, the archives, the feed and
 * the sitemap from the data of the build before it (another day's, or another database's) instead of the database,
 * and served them so until their revalidation or a publish. Run before each build (package.json's prebuild).
 */
export const forgetBuildDataCache = () => fs.rmSync(buildDataCacheDir(), { recursive: true, force: true })
