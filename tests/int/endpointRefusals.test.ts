import type { Endpoint } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient, RestOptions } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
})
afterAll(() => app?.close())

// Every custom endpoint, as the collection folders define them (src/collections/<Name>/endpoints/*.ts).
const modules = import.meta.glob<Record<string, unknown>>('/src/collections/*/endpoints/*.ts', { eager: true })
const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'object' && value !== null && 'handler' in value && 'path' in value && 'method' in value
const customEndpoints = Object.values(modules).flatMap((module) => Object.values(module).filter(isEndpoint))

/** `<collection> <METHOD> <path>` for each custom endpoint the running config serves. */
const servedEndpoints = () =>
  app.config.collections.flatMap((collection) =>
    (collection.endpoints || [])
      .filter((endpoint) => customEndpoints.includes(endpoint))
      .map((endpoint) => `${collection.slug} ${endpoint.method.toUpperCase()} ${endpoint.path}`),
  )

type Refused = { method: 'GET' | 'POST'; url: string; options?: RestOptions; status: number }

// One request each endpoint refuses, sent without an account unless it says otherwise.
const REFUSED: Record<string, Refused> = {
  'articles POST /import-old-page': { method: 'POST', url: '/articles/import-old-page', status: 401 },
  'campaigns GET /:id/ranking': { method: 'GET', url: '/campaigns/1/ranking', status: 401 },
  'campaigns GET /:id/export': { method: 'GET', url: '/campaigns/1/export', status: 401 },
  'case-objections POST /:id/decide': { method: 'POST', url: '/case-objections/1/decide', status: 401 },
  'case-submissions POST /:id/assign-reviewers': {
    method: 'POST',
    url: '/case-submissions/1/assign-reviewers',
    status: 401,
  },
  'case-submissions GET /:id/challenge': {
    method: 'GET',
    url: '/case-submissions/1/challenge?purpose=coffee',
    status: 400,
  },
  'case-submissions POST /:id/feature-article': {
    method: 'POST',
    url: '/case-submissions/1/feature-article',
    status: 401,
  },
  'case-submissions POST /:id/objections': {
    method: 'POST',
    url: '/case-submissions/1/objections',
    options: { json: {} },
    status: 400,
  },
  'case-submissions POST /:id/transition': {
    method: 'POST',
    url: '/case-submissions/1/transition',
    options: { json: { to: 42 } },
    status: 400,
  },
  'case-submissions GET /:id/transitions': {
    method: 'GET',
    url: '/case-submissions/:missing/transitions',
    status: 404,
  },
  'case-submissions POST /:id/vote': { method: 'POST', url: '/case-submissions/abc/vote', status: 404 },
  'comments GET /challenge': { method: 'GET', url: '/comments/challenge?purpose=vote', status: 400 },
  'comments POST /submit': { method: 'POST', url: '/comments/submit', options: { json: {} }, status: 400 },
  'organizations POST /register': {
    method: 'POST',
    url: '/organizations/register',
    options: { json: {} },
    status: 400,
  },
  'page-views POST /beacon': { method: 'POST', url: '/page-views/beacon', options: { json: {} }, status: 400 },
}

// Endpoints only some roles may call: nobody logged in is asked to log in (401), a unit account is refused (403).
const STAFF_ONLY = [
  'articles POST /import-old-page',
  'campaigns GET /:id/ranking',
  'campaigns GET /:id/export',
  'case-objections POST /:id/decide',
  'case-submissions POST /:id/assign-reviewers',
  'case-submissions POST /:id/feature-article',
]

// Past the opening: what an editor is refused, in the same shape.
const REFUSED_TO_EDITORS: Record<string, Refused> = {
  'a missing campaign ranked': { method: 'GET', url: '/campaigns/:missing/ranking', status: 404 },
  'an export in an unknown format': { method: 'GET', url: '/campaigns/1/export?format=pdf', status: 400 },
  'a missing objection decided': { method: 'POST', url: '/case-objections/:missing/decide', status: 404 },
  'reviewers for a missing case': { method: 'POST', url: '/case-submissions/:missing/assign-reviewers', status: 404 },
  'an article from a missing case': { method: 'POST', url: '/case-submissions/:missing/feature-article', status: 404 },
  'an empty page to import': {
    method: 'POST',
    url: '/articles/import-old-page',
    options: { json: { text: ' ' } },
    status: 400,
  },
}

/** `:missing` in a URL: a well-formed id no document has (ids are numbers on SQLite, UUIDs on PostgreSQL). */
const withMissingId = (url: string) =>
  url.replace(':missing', app.payload.db.defaultIDType === 'number' ? '999999' : '00000000-0000-4000-8000-000000000000')

const send = ({ method, url, options }: Refused, token?: string) =>
  method === 'GET'
    ? rest.get(withMissingId(url), { ...options, token })
    : rest.post(withMissingId(url), { ...options, token })

const ENGLISH = /^[\x20-\x7e]+$/
const CHINESE = /[\u4e00-\u9fff]/

const expectOneShape = (res: Awaited<ReturnType<typeof send>>, status: number) => {
  expect(res.status).toBe(status)
  const [error] = res.data.errors
  expect(error.message).toMatch(ENGLISH)
  expect(error.data.code).toMatch(/^[a-z][A-Za-z]+$/)
  expect(error.data.errors[0].message).toMatch(CHINESE)
}

describe('every custom endpoint refuses in one shape', () => {
  it('has a refused request here for each endpoint the collections define', () => {
    expect(servedEndpoints().sort()).toEqual(Object.keys(REFUSED).sort())
  })

  it.each(Object.entries(REFUSED))('%s: English message, a code, Chinese for people', async (_, refused) => {
    expectOneShape(await send(refused), refused.status)
  })

  it.each(Object.entries(REFUSED_TO_EDITORS))('%s, for an editor: the same shape', async (_, refused) => {
    expectOneShape(await send(refused, tokens.editor), refused.status)
  })

  it.each(STAFF_ONLY)('%s: 401 without an account, 403 for a unit account', async (key) => {
    expect((await send(REFUSED[key])).status).toBe(401)
    const res = await send(REFUSED[key], tokens.submitter)
    expect(res.status).toBe(403)
    expect(res.data.errors[0].data.code).toMatch(/^(editorsOnly|staffOnly)$/)
    expect(res.data.errors[0].data.errors[0].message).toMatch(CHINESE)
  })
})
