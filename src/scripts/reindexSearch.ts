/**
 * `npm run search:reindex`: rebuilds the search index of the database DATABASE_URI points at, from what readers may
 * see. Needed once for a database filled before search existed; the collections' hooks keep it current after that.
 */
// Under Node 20, loading @payloadcms/richtext-lexical's main entry first sometimes deadlocks in its own module graph
// (exit code 13); loading its `lexical` entry first avoids that, as in seedDemo.ts.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { reindexSearch } = await import('@/search/reindex')

const payload = await getPayload({ config })
const started = Date.now()
const { indexed, written, removed } = await reindexSearch(payload)
console.log(
  `搜索索引已重建 · search index rebuilt: ${indexed} documents, ${written} rows written, ${removed} removed in ${Date.now() - started} ms`,
)
process.exit(0)

// Makes this file a module, which top-level await needs; everything above is loaded dynamically on purpose
export {}
