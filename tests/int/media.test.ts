import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { largePng, pdfDocument, pngImage, uploadForm } from '../helpers/files'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
})
afterAll(() => app?.close())

const filesInMedia = () => fs.readdirSync(app.mediaDir)
const mediaCount = async () => (await app.payload.count({ collection: 'media' })).totalDocs

describe('media: refused uploads leave nothing behind', () => {
  it('refuses an HTML page renamed .jpg, with a clear error in both languages', async () => {
    const html = '<!doctype html><html><body><script>alert(1)</script></body></html>'
    const before = await mediaCount()
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(html, 'photo.jpg', 'image/jpeg', { alt: '伪装的图片' }),
    })
    expect(res.status).toBe(415)
    expect(res.data.errors[0].message).toBe('File type not allowed')
    expect(res.data.errors[0].data.code).toBe('fileTypeNotAllowed')
    expect(res.data.errors[0].data.errors[0].message).toContain('不支持该文件类型')
    expect(filesInMedia()).toEqual([])
    expect(await mediaCount()).toBe(before)
  })

  it('answers in English when the client asks for English', async () => {
    const res = await rest.post('/media', {
      token: tokens.editor,
      headers: { 'Accept-Language': 'en' },
      form: uploadForm('plain text', 'notes.pdf', 'application/pdf', { alt: 'notes' }),
    })
    expect(res.status).toBe(415)
    expect(res.data.errors[0].data.errors[0].message).toBe('File type not allowed')
  })

  it('refuses a real 30 MB image as too large', async () => {
    const big = await largePng(30)
    expect(big.length).toBeGreaterThan(30 * 1024 * 1024)
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(big, 'huge.png', 'image/png', { alt: '超大图片' }),
    })
    expect(res.status).toBe(413)
    expect(res.data.errors[0].message).toBe('File too large')
    expect(res.data.errors[0].data.errors[0].message).toContain('不能超过 20 MB')
    expect(filesInMedia()).toEqual([])
  })

  it('refuses an image without alt text and keeps no file', async () => {
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(await pngImage(), 'no-alt.png', 'image/png', {}),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.data)).toContain('alt')
    expect(filesInMedia()).toEqual([])
  })

  it('refuses an anonymous upload', async () => {
    const res = await rest.post('/media', { form: uploadForm(await pngImage(), 'a.png', 'image/png', { alt: 'x' }) })
    expect(res.status).toBe(403)
    expect(filesInMedia()).toEqual([])
  })
})

describe('media: accepted uploads', () => {
  it('stores an image with thumbnail, card and hero sizes in WebP, with caption and credit', async () => {
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(await pngImage(2000, 1000), '安贞堡.png', 'image/png', {
        alt: '安贞堡主会场',
        caption: '永安安贞堡直播现场',
        credit: '东南网 摄',
      }),
    })
    expect(res.status).toBe(201)
    const { doc } = res.data
    expect(doc).toMatchObject({ alt: '安贞堡主会场', caption: '永安安贞堡直播现场', credit: '东南网 摄', width: 2000 })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 320, mimeType: 'image/webp' })
    expect(doc.sizes.card).toMatchObject({ width: 768, mimeType: 'image/webp' })
    expect(doc.sizes.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    for (const size of ['thumbnail', 'card', 'hero']) expect(filesInMedia()).toContain(doc.sizes[size].filename)
    expect(doc.uploadedBy.id ?? doc.uploadedBy).toBe(cast.users.editor.id)
  })

  it('keeps a PNG sent as .jpg under its real type', async () => {
    const res = await rest.post('/media', {
      token: tokens.editor,
      form: uploadForm(await pngImage(400, 300), 'wechat.jpg', 'image/jpeg', { alt: '微信图片' }),
    })
    expect(res.status).toBe(201)
    expect(res.data.doc.mimeType).toBe('image/png')
    expect(res.data.doc.filename).toBe('wechat.png')
  })

  it('accepts a PDF document from a submitting unit, which only it and editors may delete', async () => {
    const res = await rest.post('/media', {
      token: tokens.submitter,
      form: uploadForm(pdfDocument(), '申报材料.pdf', 'application/pdf', { alt: '申报材料' }),
    })
    expect(res.status).toBe(201)
    expect(res.data.doc.mimeType).toBe('application/pdf')
    const id = res.data.doc.id
    const byOtherUnit = await rest.delete(`/media/${id}`, { token: tokens.submitter2 })
    expect([403, 404]).toContain(byOtherUnit.status)
    const byReviewer = await rest.delete(`/media/${id}`, { token: tokens.reviewer })
    expect([403, 404]).toContain(byReviewer.status)
    const byOwner = await rest.delete(`/media/${id}`, { token: tokens.submitter })
    expect(byOwner.status).toBe(200)
    expect(filesInMedia()).not.toContain(res.data.doc.filename)
  })

  it('lets anyone read the library (the reader site shows its images)', async () => {
    const res = await rest.get('/media')
    expect(res.status).toBe(200)
    expect(res.data.totalDocs).toBeGreaterThan(0)
  })
})
