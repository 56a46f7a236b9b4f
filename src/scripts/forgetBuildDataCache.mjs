// `npm run build` runs this first (package.json's prebuild): the build prerenders from the database, not from the
// data an earlier build cached (src/cache/buildDataCache.mjs).
import { forgetBuildDataCache } from '../cache/buildDataCache.mjs'

forgetBuildDataCache()
