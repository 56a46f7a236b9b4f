import { median } from '../../report'
import { runWrk, type WrkOptions, type WrkResult } from '../../wrk'
import { timedFetch, type Editor } from '../http'

/**
 * Reader pages at newsroom size, one at a time: the first render after a publish that expires the page (the wait a
 * reader has after an editor's change), then the cached throughput with wrk.
 *
 * The publish edits what the page shows: the topic's title for the topic page; for the others the first article or
 * case the page links to is renamed and published (for a sitemap index, the first article its article sitemaps list).
 * Where the page shows that title, the first render must already show the new one: otherwise the render was a
 * stale copy, and the publish did not reach the page.
 */

/**
 * What the publish before each render renames: the topic, the page's own article, or what the page links to first.
 * `showsEdit: false` for a page that cannot be expected to show the new title: the sitemap (no titles), a page deep
 * in a list (a renamed case may move to another page).
 */
export type PageSpec = {
  name: string
  path: string
  edits: 'topic' | 'article' | 'case'
  article?: string
  showsEdit?: boolean
}

export type PageFigures = {
  name: string
  path: string
  status: number
  /** One per publish: how long the first request after it took, whether it showed the edit, Next's cache header. */
  renders: { ms: number; status: number; fresh: boolean | null; cache: string | null }[]
  firstRenderMs: number | null
  stale: number
  bytes: number
  wrk?: WrkResult & { raw: string }
  broken?: string
}

/** A document the publishes renamed, with its title before. */
export type Renamed = Map<string, Renamable>

type Renamable = { collection: 'articles' | 'case-submissions' | 'topics'; id: string | number; title: string }

// A link in HTML (href="/articles/…"), in RSS (<link>…</link>) or in a sitemap (<loc>…</loc>)
const ARTICLE_LINK = /\/articles\/([a-z0-9-]+)["<]/
// A case's id as each engine makes it: a serial number (SQLite), a UUID (PostgreSQL), an ObjectId (MongoDB)
const CASE_LINK = /href="\/cases\/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})"/
const CHILD_SITEMAPS = /<sitemap>\s*<loc>([^<]+)<\/loc>/g

const firstDoc = async (editor: Editor, collection: 'articles' | 'topics', where: string) => {
  const found = await editor.json<{ docs: { id: string | number; title: string }[] }>(
    `/api/${collection}?${where}&depth=0&limit=1`,
  )
  return found.docs[0] ?? null
}

/** The document the page's publish renames, found from the page itself. */
const target = async (
  app: string,
  editor: Editor,
  spec: PageSpec,
  html: string,
  topicSlug: string,
): Promise<Renamable | null> => {
  if (spec.edits === 'topic') {
    const topic = await firstDoc(editor, 'topics', `where[slug][equals]=${topicSlug}`)
    return topic && { collection: 'topics', ...topic }
  }
  if (spec.edits === 'case') {
    const id = CASE_LINK.exec(html)?.[1]
    if (!id) return null
    const found = await editor.json<{ id: string | number; title: string }>(`/api/case-submissions/${id}?depth=0`)
    return { collection: 'case-submissions', id: found.id, title: found.title }
  }
  let slug = spec.article ?? ARTICLE_LINK.exec(html)?.[1]
  // A sitemap index lists sitemaps, not pages: the first article of the first of them that lists articles
  const children = [...html.matchAll(CHILD_SITEMAPS)].map((match) => match[1].replace(/^https?:\/\/[^/]+/, app))
  children.sort((a, b) => Number(b.includes('article')) - Number(a.includes('article')))
  for (const child of slug ? [] : children) {
    slug = ARTICLE_LINK.exec((await timedFetch(child)).text)?.[1]
    if (slug) break
  }
  if (!slug) return null
  const article = await firstDoc(editor, 'articles', `where[slug][equals]=${encodeURIComponent(slug)}`)
  return article && { collection: 'articles', ...article }
}

const rename = async (editor: Editor, doc: Renamable, title: string) => {
  const body = doc.collection === 'case-submissions' ? { title } : { title, _status: 'published' }
  const response = await editor.send('PATCH', `/api/${doc.collection}/${doc.id}?depth=0`, body)
  if (response.status !== 200)
    throw new Error(
      `publishing ${doc.collection} ${doc.id} failed with ${response.status}: ${response.text.slice(0, 300)}`,
    )
}

const SETTLE_MS = 10_000

/**
 * Cached again before the publish, as a page on a live site is: requested until Next answers from a saved copy
 * (HIT), or for a page Next does not cache, once. A page found stale (older than its timer, as after a restart) is
 * being rendered again in the background; a publish that lands during such a render is shown once the render is
 * over and one of the publish's later expiries has passed (src/revalidate/revalidateTags.ts; the last comes 3 s after
 * the publish's answer), not at once. This measures the publish, not that overlap.
 */
const cachedAgain = async (url: string) => {
  const started = performance.now()
  for (;;) {
    const cache = (await timedFetch(url)).headers.get('x-nextjs-cache')
    if (cache === null || cache === 'HIT' || performance.now() - started > SETTLE_MS) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** What one page measures; `renames` collects every document renamed, so the caller can restore the titles. */
export const measurePage = async ({
  app,
  editor,
  spec,
  renders,
  wrk,
  topicSlug,
  renamed,
}: {
  app: string
  editor: Editor
  spec: PageSpec
  renders: number
  wrk: Omit<WrkOptions, 'url'>
  topicSlug: string
  renamed: Renamed
}): Promise<PageFigures> => {
  const url = `${app}${spec.path}`
  const figures: PageFigures = {
    name: spec.name,
    path: spec.path,
    status: 0,
    renders: [],
    firstRenderMs: null,
    stale: 0,
    bytes: 0,
  }
  const first = await timedFetch(url)
  figures.status = first.status
  figures.bytes = first.bytes
  if (first.status !== 200) return { ...figures, broken: `HTTP ${first.status}` }
  const doc = await target(app, editor, spec, first.text, topicSlug)
  if (!doc) return { ...figures, broken: `nothing on the page to publish (${spec.edits})` }
  const key = `${doc.collection}:${doc.id}`
  if (!renamed.has(key)) renamed.set(key, doc)
  const shows = spec.showsEdit !== false && first.text.includes(doc.title)
  for (let edit = 1; edit <= renders; edit++) {
    await cachedAgain(url)
    const title = `${renamed.get(key)?.title ?? doc.title}（改${edit}）`.slice(0, 120)
    await rename(editor, doc, title)
    const after = await timedFetch(url)
    const fresh = shows ? after.text.includes(title) : null
    if (fresh === false) figures.stale++
    figures.renders.push({ ms: after.ms, status: after.status, fresh, cache: after.headers.get('x-nextjs-cache') })
    if (after.status !== 200) return { ...figures, broken: `HTTP ${after.status} after a publish` }
  }
  figures.firstRenderMs = median(figures.renders.map((render) => render.ms))
  await timedFetch(url)
  figures.wrk = await runWrk({ ...wrk, url })
  if (figures.wrk.errorResponses + figures.wrk.socketErrors > 0) {
    figures.broken = `${figures.wrk.errorResponses} error answers, ${figures.wrk.socketErrors} socket errors under load`
  }
  return figures
}

/** Puts back the titles the publishes changed. */
export const restoreTitles = async (editor: Editor, renamed: Renamed) => {
  for (const doc of renamed.values()) await rename(editor, doc, doc.title)
}
