/**
 * `npm run import:articles -- <file.ndjson>`: imports a newsroom's archive into the database DATABASE_URI names,
 * through the bulk import (src/import/bulk): one article per line, as JSON with the fields the REST API takes
 * (relationships as ids, the body as Lexical JSON, `_status`, `publishedAt`), and `createdAt` / `updatedAt` when the
 * archive has them. Published articles must be complete, as in the admin; slugs are made from titles when absent.
 * Prints progress and the rate. A line that cannot be read or imported stops the import, the error naming the line or
 * the article; the batches before it stay imported.
 */
import fs from 'node:fs'
import readline from 'node:readline'

const file = process.argv[2]
if (!file || !fs.existsSync(file)) {
  console.error('usage: npm run import:articles -- <file.ndjson>  (DATABASE_URI names the database)')
  process.exit(2)
}
// Production mode whatever the shell says: in development Payload would push its schema into this database
Object.assign(process.env, { NODE_ENV: 'production' })

// Under Node 20, loading @payloadcms/richtext-lexical's main entry first sometimes deadlocks in its own module graph
// (exit code 13); loading its `lexical` entry first avoids that, as in seedDemo.ts.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { bulkImport } = await import('@/import/bulk/bulkImport')

async function* articles() {
  let line = 0
  for await (const text of readline.createInterface({ input: fs.createReadStream(file) })) {
    line++
    if (text.trim() === '') continue
    try {
      yield JSON.parse(text)
    } catch (error) {
      throw new Error(`line ${line}: ${(error as Error).message}`)
    }
  }
}

const payload = await getPayload({ config })
const { progress } = await bulkImport(payload, 'articles', articles(), {
  onBatch: (_, { written, seconds }) =>
    process.stdout.write(`\r已导入 imported ${written} articles, ${(written / seconds).toFixed(0)}/s`),
})
console.log(
  `\n导入完成 · done: ${progress.written} articles (${progress.searchEntries} searchable) ` +
    `in ${progress.seconds.toFixed(1)} s, ` +
    `${(progress.written / progress.seconds).toFixed(0)} a second`,
)
process.exit(0)

// Makes this file a module, which top-level await needs; everything above is loaded dynamically on purpose
export {}
