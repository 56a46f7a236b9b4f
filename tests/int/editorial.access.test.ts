import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishables } from '../helpers/editorialFixtures'
import { loginAs } from '../helpers/loginAs'
import { restClient, type RestClient } from '../helpers/rest'
import { seedUsers, type Cast } from '../helpers/seedUsers'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
let rest: RestClient
let cast: Cast
let fixtures: Awaited<ReturnType<typeof publishables>>
const tokens: Record<string, string> = {}
const ROLES = ['admin', 'editor', 'reviewer', 'submitter'] as const
const WRITERS = new Set(['admin', 'editor'])

beforeAll(async () => {
  app = await startPayload()
  rest = restClient(app.config)
  cast = await seedUsers(app.payload)
  fixtures = await publishables(app.payload, cast)
  for (const who of ROLES) tokens[who] = await loginAs(rest, `${who}@test.local`)
})
afterAll(() => app?.close())

/** A minimal valid body for each collection, published or not. */
const bodies: Record<string, (n: string) => Record<string, unknown>> = {
  articles: (n) => fixtures.completeArticle(`稿件${n}`),
  topics: (n) => ({ title: `专题${n}` }),
  'livestream-events': (n) => ({ title: `直播${n}` }),
  campaigns: (n) => ({ name: `活动${n}`, year: 2020, caseCall: { expertWeight: 70, voteWeight: 30 } }),
}
const versioned = ['articles', 'topics', 'livestream-events']

describe.each(Object.keys(bodies))('%s', (collection) => {
  it.each(ROLES)('create as %s', async (who) => {
    const res = await rest.post(`/${collection}`, { token: tokens[who], json: bodies[collection](`-${who}`) })
    expect(res.status).toBe(WRITERS.has(who) ? 201 : 403)
  })

  it('anonymous create is refused', async () => {
    const res = await rest.post(`/${collection}`, { json: bodies[collection]('-anon') })
    expect(res.status).toBe(403)
  })

  it.each(ROLES)('update and delete as %s', async (who) => {
    const doc = await app.payload.create({
      collection: collection as 'topics',
      data: bodies[collection](`-u${who}`) as never,
    })
    const patch = await rest.patch(`/${collection}/${doc.id}`, {
      token: tokens[who],
      json: { title: '改', name: '改' },
    })
    expect(patch.status).toBe(WRITERS.has(who) ? 200 : 403)
    const remove = await rest.delete(`/${collection}/${doc.id}`, { token: tokens[who] })
    expect(remove.status === 200).toBe(WRITERS.has(who))
  })
})

describe.each(versioned)('%s with drafts', (collection) => {
  it('drafts are seen by editors only; published by everyone', async () => {
    const draft = await app.payload.create({
      collection: collection as 'topics',
      data: { ...bodies[collection]('-draft'), _status: 'draft' } as never,
      draft: true,
    })
    const published = await app.payload.create({
      collection: collection as 'topics',
      data: { ...bodies[collection]('-live'), _status: 'published' } as never,
    })
    for (const who of [...ROLES, 'anonymous'] as const) {
      const token = who === 'anonymous' ? undefined : tokens[who]
      const seesDraft = await rest.get(`/${collection}/${draft.id}`, { token })
      expect(seesDraft.status === 200).toBe(WRITERS.has(who))
      const seesPublished = await rest.get(`/${collection}/${published.id}`, { token })
      expect(seesPublished.status).toBe(200)
    }
    const versions = await rest.get(`/${collection}/versions`, { token: tokens.reviewer })
    expect(versions.status).toBe(403)
  })

  it('reviewers and submitters cannot publish a draft', async () => {
    const draft = await app.payload.create({
      collection: collection as 'topics',
      data: { ...bodies[collection]('-pub'), _status: 'draft' } as never,
      draft: true,
    })
    for (const who of ['reviewer', 'submitter']) {
      const res = await rest.patch(`/${collection}/${draft.id}`, { token: tokens[who], json: { _status: 'published' } })
      expect(res.status).not.toBe(200)
    }
    const after = await app.payload.findByID({ collection: collection as 'topics', id: draft.id, draft: true })
    expect(after._status).toBe('draft')
  })
})
