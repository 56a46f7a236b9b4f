import { beforeAll, describe, expect, inject, it } from 'vitest'

import { proofFrom } from '../helpers/proofOfWork'

import { E2E_PASSWORD } from './context'

/**
 * The reader's vote as the production server answers it (server.mjs answers it itself, src/http/serverVoteRoute.ts):
 * what a reader's browser and a hostile client see must be what the API route answers everywhere else.
 */
const baseURL = () => inject('baseURL')

let caseId: number | string
let address = 0

beforeAll(async () => {
  const res = await fetch(`${baseURL()}/api/case-submissions?where[status][equals]=shortlisted&limit=1&depth=0`)
  caseId = (await res.json()).docs[0].id
})

const vote = async (init: { body?: BodyInit; headers?: Record<string, string>; path?: string } = {}) => {
  address += 1
  return fetch(`${baseURL()}${init.path ?? `/api/case-submissions/${caseId}/vote`}`, {
    method: 'POST',
    body: init.body ?? JSON.stringify({ proof: await proofFrom(baseURL(), caseId) }),
    headers: { 'Content-Type': 'application/json', 'X-Real-IP': `198.19.${address}.40`, ...init.headers },
  })
}

const votesOfCase = async () =>
  (await (await fetch(`${baseURL()}/api/case-submissions/${caseId}?depth=0`)).json()).votes as number

describe('a reader’s vote on the production server', () => {
  it('is counted, answers the new count and sets the voter cookie, with the headers of every answer', async () => {
    const before = await votesOfCase()
    const res = await vote()
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.votes).toBe(before + 1)
    expect(await votesOfCase()).toBe(before + 1)
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('refuses the same proof twice and a vote without one, in the API’s shape and in Chinese', async () => {
    const proof = JSON.stringify({ proof: await proofFrom(baseURL(), caseId) })
    expect((await vote({ body: proof })).status).toBe(200)
    const again = await vote({ body: proof })
    expect(again.status).toBe(409)
    expect((await again.json()).errors[0].data.code).toBe('proofUsed')

    const none = await vote({ body: '{}' })
    expect(none.status).toBe(400)
    const refusal = (await none.json()).errors[0]
    expect(refusal.message).toBe('Proof of work missing')
    expect(refusal.data.code).toBe('proofMissing')
    expect(refusal.data.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(none.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers a case that does not exist and a malformed body with a clear 4xx', async () => {
    const missing = await vote({ path: '/api/case-submissions/no-such-case/vote' })
    expect(missing.status).toBe(404)
    const notFound = (await missing.json()).errors[0]
    expect([notFound.message, notFound.data.code]).toEqual(['Case not found', 'notFound'])
    const garbled = await vote({ body: '{"proof":' })
    expect(garbled.status).toBe(400)
  })

  it('refuses a body over the API’s limit before reading it, and keeps answering', async () => {
    const huge = await vote({ body: JSON.stringify({ proof: 'x'.repeat(3 * 1024 * 1024) }) })
    expect(huge.status).toBe(413)
    expect((await huge.json()).errors[0].data.code).toBe('bodyTooLarge')
    expect((await vote()).status).toBe(200)
  })

  it('counts a body sent without its length (chunked) and refuses it once it passes the limit', async () => {
    const piece = new TextEncoder().encode('x'.repeat(256 * 1024))
    let pieces = 0
    // 3 MB in twelve pieces, with no Content-Length: only counting what arrives can tell it is too large
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pieces++ < 12) controller.enqueue(piece)
        else controller.close()
      },
    })
    const huge = await fetch(`${baseURL()}/api/case-submissions/${caseId}/vote`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'Content-Type': 'application/json', 'X-Real-IP': '198.18.7.40' },
    } as RequestInit)
    expect(huge.status).toBe(413)
    expect((await huge.json()).errors[0].data.code).toBe('bodyTooLarge')
    expect((await vote()).status).toBe(200)
  })

  it('takes a signed-in editor’s vote through Payload’s own handler, with the same rules', async () => {
    const login = await fetch(`${baseURL()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@demo.local', password: E2E_PASSWORD }),
    })
    const { token } = await login.json()
    const before = await votesOfCase()
    const res = await vote({ headers: { Authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    expect((await res.json()).votes).toBe(before + 1)
  })
})
