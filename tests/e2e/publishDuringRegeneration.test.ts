import { describe, expect, inject, it } from 'vitest'

import { editorRest } from './editorRest'
import { afterPendingExpiries } from './pendingExpiries'

const baseURL = inject('baseURL')

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Milliseconds until the home page shows `text`, polling every 100 ms; Infinity when it has not within `limitMs`. */
const untilHomeShows = async (text: string, limitMs: number) => {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if ((await (await fetch(`${baseURL}/`)).text()).includes(text)) return Date.now() - started
    await pause(100)
  }
  return Infinity
}

/** How long Next may serve a page before it renews it, from the cache-control header of a cached copy. */
const renewedAfterSeconds = async (path: string) => {
  await fetch(`${baseURL}${path}`)
  const cached = await fetch(`${baseURL}${path}`)
  return Number(/s-maxage=(\d+)/.exec(cached.headers.get('cache-control') ?? '')?.[1])
}

describe('the pages that carry the hot list', () => {
  it('are renewed within a minute while read, as publishes do not renew the hot list', async () => {
    const { docs } = await (await fetch(`${baseURL}/api/articles?limit=1&depth=0&sort=-publishedAt`)).json()
    for (const path of ['/', `/articles/${docs[0].slug}`]) {
      const seconds = await renewedAfterSeconds(path)
      expect(seconds, path).toBeGreaterThan(0)
      expect(seconds, path).toBeLessThanOrEqual(60)
    }
  })
})

describe('a publish while the home page regenerates in the background', () => {
  it('reaches the home page within seconds, not after the next regeneration a minute later', async () => {
    const rest = await editorRest(baseURL)
    const { docs } = await (
      await rest('GET', '/articles?where[_status][equals]=published&sort=-publishedAt&limit=1&depth=0')
    ).json()
    const article = docs[0]
    // Earlier tests' publishes expire pages again a few seconds later: one of those, landing during the minute
    // below, left no copy to be stale (the answer was a MISS)
    await afterPendingExpiries()
    // The home page carries the hot list, so it is cached for a minute only (s-maxage); once older, the next request
    // is answered with the cached copy and regenerates it in the background
    const seconds = await renewedAfterSeconds('/')
    expect(seconds).toBeGreaterThan(0)
    expect(seconds).toBeLessThanOrEqual(60)
    await pause((seconds + 1) * 1000)
    const regenerating = await fetch(`${baseURL}/`)
    expect(regenerating.headers.get('x-nextjs-cache')).toBe('STALE')
    const title = `${article.title}（更新${Date.now() % 100000}）`
    try {
      expect((await rest('PATCH', `/articles/${article.id}`, { title, _status: 'published' })).status).toBe(200)
      // Kept as fresh, the regeneration's copy showed the old title until the next one, a minute later; the tags'
      // later expiries (the last 3 s after the answer) drop it
      expect(await untilHomeShows(title, 10_000)).toBeLessThan(4_000)
    } finally {
      await rest('PATCH', `/articles/${article.id}`, { title: article.title, _status: 'published' })
    }
  }, 120_000)
})
