import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let tokens: Tokens

beforeAll(async () => {
  ;({ app, rest, tokens } = await startWithCast())
})
afterAll(() => app?.close())

/** An article draft whose body is `bodyJson`, written out as text (JSON.stringify itself cannot nest that deep). */
const saveDraft = (bodyJson: string) =>
  rest.post('/articles?draft=true', {
    token: tokens.editor,
    headers: { 'Content-Type': 'application/json' },
    body: `{"title":"富文本上限","_status":"draft","body":${bodyJson}}`,
  })

/** Quotes inside quotes, `depth` deep, around one paragraph (the quotes as short as Lexical takes them). */
const nestedQuotes = (depth: number) => {
  const open = '{"type":"quote","version":1,"children":['
  const paragraph = JSON.stringify(lexicalParagraphs(['最里面的一段']).root.children[0])
  return `{"root":{"type":"root","version":1,"format":"","indent":0,"direction":"ltr","children":[${open.repeat(depth)}${paragraph}${']}'.repeat(depth)}]}}`
}

describe('rich-text bodies', () => {
  it('refuses a body nested 30,000 deep with a clear 400, not a server error', async () => {
    const res = await saveDraft(nestedQuotes(30_000))
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Rich text is nested too deeply')
    expect(res.data.errors[0].data.code).toBe('richTextTooDeep')
    expect(res.data.errors[0].data.errors[0].message).toContain('嵌套层级过多')
  })

  it('refuses a body over a million characters, though the request itself is within the API limit', async () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `${i}: ${'x'.repeat(2000)}`)
    const res = await saveDraft(JSON.stringify(lexicalParagraphs(paragraphs)))
    expect(res.status).toBe(400)
    expect(res.data.errors[0].data.code).toBe('richTextTooLarge')
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(0)
  })

  it('keeps a long, ordinarily nested body', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `第${i}段：${'长'.repeat(2000)}`)
    expect((await saveDraft(nestedQuotes(10))).status).toBe(201)
    expect((await saveDraft(JSON.stringify(lexicalParagraphs(paragraphs)))).status).toBe(201)
  })
})
