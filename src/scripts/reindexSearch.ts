/**
 * `npm run search:reindex [--restart]`: rebuilds the search index of the database DATABASE_URI points at, from what
 * readers may see. Needed once for a database filled before search existed; the collections' hooks keep it current
 * after that. Prints its progress; stopped half-way, it carries on where it stopped when run again (`--restart`
 * starts over). It never changes the database's schema, and refuses a database whose migrations are not applied.
 */
// Under Node 20, loading @payloadcms/richtext-lexical's main entry first sometimes deadlocks in its own module graph
// (exit code 13); loading its `lexical` entry first avoids that, as in seedDemo.ts.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { maintenancePayload, UnmigratedDatabaseError } = await import('./maintenancePayload')
const { reindexSearch } = await import('@/search/reindex')
const { progressLine } = await import('@/search/reindexProgress')

const payload = await maintenancePayload(config).catch((error: unknown) => {
  if (!(error instanceof UnmigratedDatabaseError)) throw error
  console.error(`搜索索引未重建 · search index not rebuilt: ${error.message}`)
  process.exit(1)
})
const started = Date.now()
let shown = 0
const { indexed, written, removed } = await reindexSearch(payload, {
  restart: process.argv.includes('--restart'),
  onResume: (at) =>
    console.log(
      `接着上次继续 · carrying on from the last run: ${at.step} after id ${at.after} (--restart starts over)`,
    ),
  onProgress: (progress) => {
    // A line every few seconds, and the last of each step
    if (Date.now() - shown < 5000 && progress.done < progress.total) return
    shown = Date.now()
    console.log(progressLine(progress, Date.now() - started))
  },
})
console.log(
  `搜索索引已重建 · search index rebuilt: ${indexed} documents, ${written} rows written, ${removed} removed in ${Date.now() - started} ms`,
)
process.exit(0)

// Makes this file a module, which top-level await needs; everything above is loaded dynamically on purpose
export {}
