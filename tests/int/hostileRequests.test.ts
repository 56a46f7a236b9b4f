import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfDocument, pngImage, uploadForm } from '../helpers/files'
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

describe('malformed addresses answer 404, not a server error', () => {
  it('treats an id that is not a number as a document that does not exist', async () => {
    for (const path of ['/articles/abc', '/articles/1e3x', '/case-submissions/abc', '/media/%00']) {
      const res = await rest.get(path, { token: tokens.editor })
      expect(res.status, path).toBe(404)
    }
    expect((await rest.get('/articles/abc')).status).toBe(404)
  })

  it('answers the versions of a collection that keeps none with 404', async () => {
    for (const token of [tokens.editor, tokens.submitter, undefined]) {
      expect((await rest.get('/case-submissions/versions', { token })).status).toBe(404)
    }
    expect((await rest.get('/case-submissions/versions/1', { token: tokens.admin })).status).toBe(404)
    const articleVersions = await rest.get('/articles/versions', { token: tokens.editor })
    expect(articleVersions.status).toBe(200)
    expect(articleVersions.data.docs).toEqual([])
  })
})

describe('an upload whose file name carries control characters', () => {
  it('is refused with a clear 400 and leaves no file behind', async () => {
    const before = fs.readdirSync(app.mediaDir)
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(await pngImage(40, 30), 'evil\u0000.php\u0000photo.png', 'image/png', { alt: '控制字符' }),
    })
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Malformed request')
    expect(res.data.errors[0].data.code).toBe('malformedRequest')
    expect(res.data.errors[0].data.errors[0].message).toContain('无法读取')
    expect(fs.readdirSync(app.mediaDir)).toEqual(before)
  })
})

describe('redirect targets', () => {
  const redirect = (from: string, url: string) =>
    rest.post('/redirects', { token: tokens.editor, json: { from, to: { type: 'custom', url } } })

  it('refuses targets that run script, carry control characters or leave by a trick', async () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/new\r\nSet-Cookie: a=1',
      '/new\r\nLocation: https://evil.example',
      'https://evil.example/\nx',
      '//evil.example',
      '/\\evil.example',
      'ftp://example.cn/',
      'evil.example',
    ]) {
      const res = await redirect(`/old-${encodeURIComponent(url)}`, url)
      expect(res.status, JSON.stringify(url)).toBe(400)
    }
    expect((await app.payload.count({ collection: 'redirects' })).totalDocs).toBe(0)
  })

  it('refuses an old address with control characters or off the site', async () => {
    for (const from of ['/old\r\nx', 'https://evil.example/old', '//evil.example']) {
      expect((await redirect(from, '/new')).status, JSON.stringify(from)).toBe(400)
    }
  })

  it('keeps same-site paths and web addresses', async () => {
    for (const [from, url] of [
      ['/articles/old-name', '/articles/new-name'],
      ['/topics/old', 'https://www.gov.cn/zhengce/'],
      ['/live/old', 'http://example.cn/a?b=1'],
    ]) {
      expect((await redirect(from, url)).status, url).toBe(201)
    }
  })
})

describe('uploaded files as the browser gets them', () => {
  const upload = async (bytes: Buffer, name: string, type: string) => {
    const res = await rest.post('/media', { token: tokens.editor, form: uploadForm(bytes, name, type, { alt: name }) })
    expect(res.status).toBe(201)
    return rest.get(`/media/file/${encodeURIComponent(res.data.doc.filename)}`, { token: tokens.editor })
  }

  it('serves a document as a download, never sniffed', async () => {
    const res = await upload(pdfDocument(), 'report.pdf', 'application/pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/)
  })

  it('serves a picture inline, never sniffed', async () => {
    const res = await upload(await pngImage(40, 30), 'picture.png', 'image/png')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBeNull()
  })
})
