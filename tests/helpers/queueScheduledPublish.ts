/**
 * Queues a scheduled publish of one article as the admin's schedule button does (Payload's `schedulePublish` task),
 * in a process of its own on the database that DATABASE_URI names, and prints the job's id. Run with tsx:
 * `queueScheduledPublish.ts <article id> <ISO time to publish at>`. A process of its own, so the test that runs it
 * keeps its own environment and connections.
 */
const [articleId, publishAt] = process.argv.slice(2)
if (!articleId || !publishAt) {
  console.error('usage: queueScheduledPublish.ts <article id> <ISO time>')
  process.exit(2)
}

// As src/scripts/seedDemo.ts: the lexical entry first, then the config
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')

const payload = await getPayload({ config })
const job = await payload.jobs.queue({
  task: 'schedulePublish',
  // The generated types name SQLite's numeric ids; the id may be PostgreSQL's UUID
  input: { type: 'publish', doc: { relationTo: 'articles', value: articleId as never } },
  waitUntil: new Date(publishAt),
})
console.log(JSON.stringify({ id: job.id }))
process.exit(0)

export {}
