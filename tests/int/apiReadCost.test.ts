import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlRoutes } from '@/http/apiRoutes'

import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens
let graphql: (query: string) => Promise<{ status: number; body: any }>

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
  for (let i = 0; i < 120; i++) {
    await app.payload.create({
      collection: 'regions',
      data: { code: String(110101 + i), name: `区${i}`, level: 'county' },
      context: { disableRevalidate: true },
    })
  }
  const post = graphqlRoutes(app.config).POST
  graphql = async (query) => {
    const res = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    return { status: res.status, body: await res.json() }
  }
  // Payload builds its GraphQL schema on the first request
  await graphql('{ Regions(limit: 1) { totalDocs } }')
}, 180_000)
afterAll(() => app?.close())

describe('REST reads are capped', () => {
  it('answers limit=0, pagination=false and a huge limit with at most 100 documents', async () => {
    for (const query of ['limit=0', 'pagination=false', 'limit=100000']) {
      const res = await rest.get(`/regions?${query}&depth=0`, { token: tokens.reviewer })
      expect(res.status, query).toBe(200)
      expect(res.data.docs, query).toHaveLength(100)
      expect(res.data.totalDocs, query).toBe(120)
    }
    expect((await rest.get('/regions?limit=20&depth=0')).data.docs).toHaveLength(20)
  })

  it('keeps the app’s own reads whole', async () => {
    const all = await app.payload.find({ collection: 'regions', pagination: false, depth: 0 })
    expect(all.docs).toHaveLength(120)
  })
})

describe('GraphQL', () => {
  it('refuses 200 aliased queries in one request at once, by their cost', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `q${i}: Regions(limit: 100) { docs { name code } }`)
    const started = performance.now()
    const res = await graphql(`{ ${aliases.join(' ')} }`)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors[0].message).toMatch(/complexity/i)
  })

  it('caps a list query’s limit as REST does', async () => {
    const res = await graphql('{ Regions(limit: 0) { docs { name } totalDocs } }')
    expect(res.body.data.Regions.docs).toHaveLength(100)
  })

  it('does not suggest field names in production', async () => {
    const before = process.env.NODE_ENV
    try {
      ;(process.env as Record<string, string>).NODE_ENV = 'production'
      const res = await graphql('{ Regions { docs { nam } } }')
      expect(res.body.errors[0].message).toContain('Cannot query field "nam"')
      expect(res.body.errors[0].message).not.toContain('Did you mean')
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = before
    }
  })
})
