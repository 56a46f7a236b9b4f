import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
})
afterAll(() => app?.close())

describe('version history', () => {
  it('keeps each saved version, which an editor can restore', async () => {
    const created = await rest.post('/topics?draft=true', {
      token: tokens.editor,
      json: { title: '第一稿', _status: 'draft' },
    })
    const id = created.data.doc.id
    await rest.patch(`/topics/${id}?draft=true`, { token: tokens.editor, json: { title: '第二稿' } })
    await rest.patch(`/topics/${id}?draft=true`, { token: tokens.editor, json: { title: '第三稿' } })
    const versions = await rest.get(`/topics/versions?where[parent][equals]=${id}&sort=createdAt`, {
      token: tokens.editor,
    })
    expect(versions.status).toBe(200)
    expect(versions.data.docs.map((v: { version: { title: string } }) => v.version.title)).toEqual([
      '第一稿',
      '第二稿',
      '第三稿',
    ])
    const first = versions.data.docs[0].id
    const restored = await rest.post(`/topics/versions/${first}?draft=true`, { token: tokens.editor })
    expect(restored.status).toBe(200)
    const latest = await app.payload.findByID({ collection: 'topics', id, draft: true })
    expect(latest.title).toBe('第一稿')
  })

  it('is closed to reviewers and submitters', async () => {
    for (const who of ['reviewer', 'submitter']) {
      const res = await rest.get('/topics/versions', { token: tokens[who] })
      expect(res.status).toBe(403)
    }
  })
})
