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

describe('text holding half of a UTF-16 surrogate pair', () => {
  // JSON carries a lone half as an escape ("\ud800"); UTF-8, and so the database, has no way to store it
  const refusedAt = (res: { status: number; data: any }, field: string) => {
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Text contains an unpaired surrogate')
    expect(res.data.errors[0].data.code).toBe('malformedText')
    expect(res.data.errors[0].data.field).toBe(field)
    expect(res.data.errors[0].data.errors.at(-1).message).toMatch(/无法保存的字符/)
  }

  it('is refused in a self-registration, and nothing is written', async () => {
    await app.payload.create({
      collection: 'regions',
      data: { code: '350481', name: '永安市', level: 'county' },
      context: { disableRevalidate: true },
    })
    const before = (await app.payload.count({ collection: 'organizations' })).totalDocs
    const res = await rest.post('/organizations/register', {
      json: {
        name: '代理码测试单位',
        kind: 'government-department',
        region: '350481',
        contactPerson: '张敏',
        phone: '0598-5800000',
        email: 'surrogate@example.cn',
        // The rules of registration refuse it in names already (as unprintable); a password they take as typed
        password: 'Unit-Pass\ud800word-2026',
      },
      headers: { 'X-Real-IP': '10.200.0.1' },
    })
    refusedAt(res, 'password')
    expect((await app.payload.count({ collection: 'organizations' })).totalDocs).toBe(before)
    const users = await app.payload.count({ collection: 'users', where: { email: { equals: 'surrogate@example.cn' } } })
    expect(users.totalDocs).toBe(0)
  })

  it('is refused deep inside rich text and in a global, and the admin is told in Chinese', async () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '茶园\udc00认购' }] }],
      },
    }
    refusedAt(
      await rest.post('/articles', { token: tokens.editor, json: { title: '代理码', body } }),
      'body.root.children.0.children.0.text',
    )
    refusedAt(
      await rest.post('/globals/site-settings', { token: tokens.editor, json: { tagline: '\ud83d' } }),
      'tagline',
    )
    const admin = await rest.post('/globals/site-settings', {
      token: tokens.editor,
      json: { tagline: '\ud83d' },
      headers: { Cookie: 'payload-lng=zh' },
    })
    expect(admin.status).toBe(400)
    expect(admin.data.errors[0].message).toMatch(/无法保存的字符/)
  })

  it('lets whole pairs (emoji, rare characters outside the BMP) through unchanged', async () => {
    const res = await rest.post('/globals/site-settings', { token: tokens.editor, json: { tagline: '𠮷野家 😀' } })
    expect(res.status).toBe(200)
    expect(res.data.result.tagline).toBe('𠮷野家 😀')
  })
})

describe('text holding a NUL character', () => {
  // PostgreSQL refuses NUL in text and JSON (its query fails), SQLite stores it: refused alike on both
  const refusedAt = (res: { status: number; data: any }, field: string) => {
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Text contains a NUL character')
    expect(res.data.errors[0].data.code).toBe('nulInText')
    expect(res.data.errors[0].data.field).toBe(field)
  }
  let address = 0
  const from = () => ({ 'X-Real-IP': `10.201.${address++}.1` })

  it('is refused as the email of a login or a forgot-password, before any account is looked up', async () => {
    const email = 'editor@test.local\u0000'
    refusedAt(
      await rest.post('/users/login', { json: { email, password: 'Wrong-Password-2026' }, headers: from() }),
      'email',
    )
    refusedAt(await rest.post('/users/forgot-password', { json: { email }, headers: from() }), 'email')
  })

  it('is refused in rich text, and nothing is written', async () => {
    const before = (await app.payload.count({ collection: 'articles' })).totalDocs
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '茶园\u0000认购' }] }],
      },
    }
    refusedAt(
      await rest.post('/articles', { token: tokens.editor, json: { title: '空字符', body } }),
      'body.root.children.0.children.0.text',
    )
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})

describe('a channel link in the site settings', () => {
  it('is refused unless it is a path of the site or a whole http(s) address, and nothing is saved', async () => {
    const before = await rest.get('/globals/site-settings', { token: tokens.editor })
    for (const url of ['javascript:alert(1)', 'www.fjsen.com', '//evil.example']) {
      const res = await rest.post('/globals/site-settings', {
        token: tokens.editor,
        json: { navigation: [{ label: '频道', url }] },
      })
      expect(res.status, url).toBe(400)
      expect(res.data.errors[0].data.errors[0].path).toBe('navigation.0.url')
    }
    const after = await rest.get('/globals/site-settings', { token: tokens.editor })
    expect(after.data.navigation).toEqual(before.data.navigation)
    const saved = await rest.post('/globals/site-settings', {
      token: tokens.editor,
      json: { navigation: [{ label: '新闻', url: '/articles' }] },
    })
    expect(saved.status).toBe(200)
  })
})
