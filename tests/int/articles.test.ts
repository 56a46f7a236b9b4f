import fs from 'node:fs'

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
let editor: string

beforeAll(async () => {
  app = await startPayload()
  rest = restClient(app.config)
  cast = await seedUsers(app.payload)
  fixtures = await publishables(app.payload, cast)
  editor = await loginAs(rest, 'editor@test.local')
})
afterAll(() => app?.close())

describe('the publish guard', () => {
  it('refuses to publish an incomplete article over REST, naming every missing field in Chinese', async () => {
    const res = await rest.post('/articles', { token: editor, json: { title: '缺项稿件', _status: 'published' } })
    expect(res.status).toBe(400)
    const error = res.data.errors[0]
    expect(error.message).toBe('Cannot publish: missing source, responsibleEditor, regions, heroImage')
    expect(error.data.code).toBe('publishIncomplete')
    expect(error.data.errors).toEqual([
      { path: 'source', message: '发布前请填写来源' },
      { path: 'responsibleEditor', message: '发布前请指定责任编辑' },
      { path: 'regions', message: '发布前请至少选择一个地区' },
      { path: 'heroImage', message: '发布前请选择带替代文字的题图' },
      { message: '发布前请补全：来源、责任编辑、地区、题图。' },
    ])
    expect(
      (await app.payload.count({ collection: 'articles', where: { title: { equals: '缺项稿件' } } })).totalDocs,
    ).toBe(0)
  })

  it('names only what is still missing', async () => {
    const { heroImage: _hero, regions: _regions, ...rest_ } = fixtures.completeArticle('部分齐全')
    const res = await rest.post('/articles', { token: editor, json: { ...rest_, _status: 'published' } })
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Cannot publish: missing regions, heroImage')
    expect(res.data.errors[0].data.errors.at(-1).message).toBe('发布前请补全：地区、题图。')
  })

  it('lets an incomplete article be saved as a draft, and refuses publishing it until complete', async () => {
    const draft = await rest.post('/articles?draft=true', { token: editor, json: { title: '草稿', _status: 'draft' } })
    expect(draft.status).toBe(201)
    const publish = await rest.patch(`/articles/${draft.data.doc.id}`, {
      token: editor,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    const complete = await rest.patch(`/articles/${draft.data.doc.id}`, {
      token: editor,
      json: { ...fixtures.completeArticle('草稿'), _status: 'published' },
    })
    expect(complete.status).toBe(200)
    expect(complete.data.doc._status).toBe('published')
    expect(complete.data.doc.publishedAt).toBeTruthy()
    expect(complete.data.doc.responsibleEditorName).toBe('editor')
  })

  it('applies to the Local API too, so no path skips it', async () => {
    await expect(
      app.payload.create({ collection: 'articles', data: { title: '本地', _status: 'published' } }),
    ).rejects.toThrow(/source, responsibleEditor, regions, heroImage/)
  })
})

describe('slugs', () => {
  it('are made from the title in pinyin and kept unique', async () => {
    const a = await app.payload.create({ collection: 'articles', data: { title: '永安直播带货' }, draft: true })
    const b = await app.payload.create({ collection: 'articles', data: { title: '永安直播带货' }, draft: true })
    expect(a.slug).toBe('yong-an-zhi-bo-dai-huo')
    expect(b.slug).toBe('yong-an-zhi-bo-dai-huo-2')
  })

  it('keep an editor’s own slug, cleaned', async () => {
    const doc = await app.payload.create({
      collection: 'articles',
      data: { title: '标题', slug: 'My Slug!' },
      draft: true,
    })
    expect(doc.slug).toBe('my-slug')
  })

  it('leave a redirect behind when a published slug changes', async () => {
    const doc = await app.payload.create({
      collection: 'articles',
      data: { ...fixtures.completeArticle('旧标题'), slug: 'old-address', _status: 'published' },
    })
    await app.payload.update({ collection: 'articles', id: doc.id, data: { slug: 'new-address' } })
    const redirects = await app.payload.find({
      collection: 'redirects',
      where: { from: { equals: '/articles/old-address' } },
      depth: 1,
    })
    expect(redirects.docs).toHaveLength(1)
    expect((redirects.docs[0].to?.reference?.value as { slug: string }).slug).toBe('new-address')
    await app.payload.update({ collection: 'articles', id: doc.id, data: { slug: 'old-address' } })
    const loops = await app.payload.count({
      collection: 'redirects',
      where: { from: { equals: '/articles/old-address' } },
    })
    expect(loops.totalDocs).toBe(0)
  })
})

describe('importing an old page', () => {
  const page = fs.readFileSync('tests/fixtures/old-pages/one-line-meta.txt', 'utf8')

  it('turns pasted text into a draft with its parts filled in', async () => {
    const res = await rest.post('/articles/import-old-page', { token: editor, json: { text: page } })
    expect(res.status).toBe(201)
    const { doc, parsed } = res.data
    expect(doc._status).toBe('draft')
    expect(doc.title).toBe(parsed.title)
    expect(doc.source).toBe(parsed.source)
    expect(doc.reporters).toEqual(parsed.reporters)
    expect(doc.dateline).toBe(parsed.dateline)
    expect(doc.publishedAt).toBe(new Date(parsed.publishedAt).toISOString())
    expect(doc.body.root.children).toHaveLength(parsed.paragraphs.length)
    expect(doc.importNote).toContain(`原责任编辑：${parsed.responsibleEditor}`)
  })

  it('turns the pasted HTML of a page into the same draft, pictures as placeholders', async () => {
    const html = fs.readFileSync('tests/fixtures/old-pages/xinhua-clipboard.html', 'utf8')
    const res = await rest.post('/articles/import-old-page', { token: editor, json: { html } })
    expect(res.status).toBe(201)
    const { doc, parsed } = res.data
    expect(doc.title).toBe('平潭：海岛渔村的“民宿经济”')
    expect(doc.source).toBe('新华网')
    expect(doc.reporters).toEqual(['林凡', '吴宇航'])
    expect(doc.dateline).toBe('新华社福州9月21日电')
    expect(parsed.images).toEqual(['1125021234_15690301234561n.jpg'])
    const texts = doc.body.root.children.map((p: { children: { text: string }[] }) => p.children[0].text)
    expect(texts[0]).toBe('［图片：1125021234_15690301234561n.jpg］')
    expect(texts).toHaveLength(5)
    expect(doc.importNote).toContain('网页格式')
    expect(doc.importNote).toContain('1 处图片占位')
  })

  it.each([
    [{}, 400, 'Text to import is missing'],
    [{ html: '  ', text: '' }, 400, 'Text to import is missing'],
    [{ html: '<p>x</p>'.repeat(75_001) }, 413, 'Text to import is too long'],
    [{ html: '<b>x</b>'.repeat(20_001) }, 413, 'Pasted page has too many elements'],
    [{ text: '   ' }, 400, 'Text to import is missing'],
    [{ text: 'x'.repeat(200_001) }, 413, 'Text to import is too long'],
    [{ text: '首页 | 新闻 | 财经\n版权所有 © 2020' }, 422, 'No title found in the text'],
  ])('refuses bad input %#', async (json, status, message) => {
    const res = await rest.post('/articles/import-old-page', { token: editor, json })
    expect(res.status).toBe(status)
    expect(res.data.errors[0].message).toBe(message)
  })

  it.each(['reviewer', 'submitter'])('is for editors only, not %s', async (who) => {
    const token = await loginAs(rest, `${who}@test.local`)
    const res = await rest.post('/articles/import-old-page', { token, json: { text: page } })
    expect(res.status).toBe(403)
  })

  it('refuses anonymous callers', async () => {
    const res = await rest.post('/articles/import-old-page', { json: { text: page } })
    expect(res.status).toBe(401)
  })
})

describe('the publish guard in the admin', () => {
  it('gives the admin its notice in Chinese, keeping the per-field marks', async () => {
    const res = await rest.post('/articles', {
      token: editor,
      headers: { cookie: 'payload-lng=zh' },
      json: { title: '后台缺项', _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('发布前请补全：来源、责任编辑、地区、题图。')
    expect(res.data.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
      'source',
      'responsibleEditor',
      'regions',
      'heroImage',
    ])
  })
})
