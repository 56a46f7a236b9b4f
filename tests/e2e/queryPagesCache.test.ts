import { describe, expect, inject, it } from 'vitest'

import { editorRest } from './editorRest'
import { afterPendingExpiries } from './pendingExpiries'

const baseURL = inject('baseURL')

/** Two requests: the first may render, the second must come from Next's cache. */
const cachedTwice = async (path: string, init?: RequestInit) => {
  await fetch(`${baseURL}${path}`, init)
  return fetch(`${baseURL}${path}`, init)
}

describe('the case library and the search are served from cache, per query', () => {
  it('answers a repeated filter or search from the cache, whatever else the address carries', async () => {
    await afterPendingExpiries()
    const library = await cachedTwice('/cases?status=excellent')
    expect(library.status).toBe(200)
    expect(library.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await library.text()).toContain('下党乡订单农业带动茶农增收')
    // Tracking parameters, another order, a repeated value: the same question, the same cached page
    const spelled = await fetch(`${baseURL}/cases?utm_source=wechat&status=excellent&status=shortlisted`)
    expect(spelled.headers.get('x-nextjs-cache')).toBe('HIT')

    const found = await cachedTwice(`/search?q=${encodeURIComponent('直播带货')}`)
    expect(found.status).toBe(200)
    expect(found.headers.get('x-nextjs-cache')).toBe('HIT')
    const html = await found.text()
    expect(html).toContain('找到')
    expect(html).toContain('<mark')
  })

  it('shows a published change at once, in the library and in the search', async () => {
    const rest = await editorRest(baseURL)
    const { docs } = await (
      await rest('GET', '/case-submissions?where[status][equals]=excellent&limit=1&depth=0')
    ).json()
    const excellent = docs[0]
    const word = `溪源${Date.now() % 100000}`
    await cachedTwice('/cases?status=excellent')
    await cachedTwice(`/search?q=${encodeURIComponent(word)}`)
    try {
      expect(
        (await rest('PATCH', `/case-submissions/${excellent.id}`, { title: `${excellent.title}${word}` })).status,
      ).toBe(200)
      const started = Date.now()
      const library = await (await fetch(`${baseURL}/cases?status=excellent`)).text()
      const search = await (await fetch(`${baseURL}/search?q=${encodeURIComponent(word)}`)).text()
      expect(Date.now() - started).toBeLessThan(1000)
      expect(library).toContain(word)
      expect(search).toContain(`/cases/${excellent.id}`)
    } finally {
      await rest('PATCH', `/case-submissions/${excellent.id}`, { title: excellent.title })
    }
  })

  it('keeps its internal addresses to the keys it makes itself', async () => {
    expect((await fetch(`${baseURL}/cases/library/_`)).status).toBe(200)
    expect((await fetch(`${baseURL}/cases/library/${encodeURIComponent('page=1')}`)).status).toBe(404)
    expect((await fetch(`${baseURL}/search/results/${encodeURIComponent('q=a&b=c')}`)).status).toBe(404)
  })

  it('still converts the cached library for a reader who chose Traditional', async () => {
    const res = await fetch(`${baseURL}/cases?status=excellent`, { headers: { cookie: 'zh-script=hant' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('案例庫')
    expect(html).toContain('優秀案例')
  })
})
