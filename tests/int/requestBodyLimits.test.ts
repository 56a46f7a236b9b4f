import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlRoutes } from '@/http/apiRoutes'

import { largePng, uploadForm } from '../helpers/files'
import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens

const MB = 1024 * 1024

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
})
afterAll(() => app?.close())

/** A body sent chunked, without Content-Length, as a client that hides its size would: `total` bytes of JSON text. */
const chunkedJson = (total: number) => {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
  let sent = 0
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode('{"title":"')),
    pull: (controller) => {
      if (sent >= total) {
        controller.enqueue(new TextEncoder().encode('"}'))
        controller.close()
        return
      }
      controller.enqueue(chunk)
      sent += chunk.byteLength
    },
  })
}

/** `total` zero bytes, counting how many of them the server read. */
const countedBody = (total: number) => {
  let read = 0
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      if (read >= total) return controller.close()
      controller.enqueue(new Uint8Array(64 * 1024))
      read += 64 * 1024
    },
  })
  return { stream, read: () => read }
}

const expectTooLarge = (res: { status: number; data: any }) => {
  expect(res.status).toBe(413)
  expect(res.data.errors[0].message).toBe('Request body too large')
  expect(res.data.errors[0].data.code).toBe('bodyTooLarge')
  expect(res.data.errors[0].data.errors[0].message).toContain('提交的内容过大')
}

describe('an oversized registration', () => {
  it('is refused within a second while a small request beside it is answered at once', async () => {
    const bytes = Buffer.from(
      JSON.stringify({ name: 'x'.repeat(50 * MB), email: 'big@example.cn', password: 'Unit-Password-2026' }),
    )
    // Arriving in pieces, as from a socket
    let offset = 0
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (offset >= bytes.length) return controller.close()
        controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)))
      },
    })
    const started = performance.now()
    let registerAnswered = 0
    let smallAnswered = 0
    const [big, small] = await Promise.all([
      rest
        .post('/organizations/register', {
          body,
          headers: { 'Content-Type': 'application/json', 'X-Real-IP': '10.9.0.1' },
        })
        .finally(() => (registerAnswered = performance.now() - started)),
      rest.get('/regions?limit=1').finally(() => (smallAnswered = performance.now() - started)),
    ])
    expectTooLarge(big)
    expect(big.data.errors[0].data.errors[0].message).toContain('32 KB')
    expect(small.status).toBe(200)
    expect(registerAnswered).toBeLessThan(1000)
    expect(smallAnswered).toBeLessThan(1000)
    expect(
      (await app.payload.count({ collection: 'organizations', where: { email: { equals: 'big@example.cn' } } }))
        .totalDocs,
    ).toBe(0)
  }, 20_000)

  it('is refused by its declared length before any of it is read', async () => {
    const body = countedBody(50 * MB)
    const res = await rest.post('/organizations/register', {
      body: body.stream,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * MB) },
    })
    expectTooLarge(res)
    expect(body.read()).toBeLessThan(MB)
  })
})

describe('API writes', () => {
  it('refuse a JSON body over 2 MB sent chunked, and take one under it', async () => {
    expectTooLarge(
      await rest.post('/articles', {
        token: tokens.editor,
        body: chunkedJson(3 * MB),
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const within = await rest.post('/articles', {
      token: tokens.editor,
      body: chunkedJson(MB),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(within.status).not.toBe(413)
  })

  it('refuse the same through the GET override Payload reads before any endpoint', async () => {
    const res = await rest.post('/case-votes', {
      token: tokens.reviewer,
      body: chunkedJson(3 * MB),
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'GET' },
    })
    expectTooLarge(res)
  })

  it('refuse a GraphQL request over 2 MB', async () => {
    const res = await graphqlRoutes(app.config).POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ Regions { docs { name } } }${' '.repeat(3 * MB)}` }),
      }),
    )
    expectTooLarge({ status: res.status, data: await res.json() })
  })
})

describe('media uploads', () => {
  it('keep the upload limit: a 3 MB image is stored, a body over the largest upload is refused by its length', async () => {
    const image = await largePng(3)
    const stored = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(image, 'photo.png', 'image/png', { alt: '三兆的图片' }),
    })
    expect(stored.status).toBe(201)
    // Declares more than it sends, so the test stays small: only the declared length can refuse it.
    const body = countedBody(4 * MB)
    const res = await rest.post('/media', {
      token: tokens.editor,
      body: body.stream,
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(600 * MB) },
    })
    expectTooLarge(res)
    expect(body.read()).toBeLessThan(MB)
  })
})
