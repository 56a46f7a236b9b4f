import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { context, reader, startCommentedPages, type CommentedPages } from '../helpers/commentedPages'
import { postComment } from '../helpers/postComment'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: CommentedPages['app']
let rest: CommentedPages['rest']
let cast: CommentedPages['cast']
let tokens: CommentedPages['tokens']
let article: CommentedPages['article']
let openArticle: CommentedPages['openArticle']
let topic: CommentedPages['topic']
let byEditor: CommentedPages['byEditor']
let idsReadBy: CommentedPages['idsReadBy']
let moderate: CommentedPages['moderate']
let setWords: CommentedPages['setWords']

beforeAll(async () => {
  ;({ app, rest, cast, tokens, article, openArticle, topic, byEditor, idsReadBy, moderate, setWords } =
    await startCommentedPages())
})
afterAll(() => app?.close())

describe('deleting a comment', () => {
  it('is for admins only: editors reject instead, so the queue keeps its record', async () => {
    const { data } = await postComment(rest, article, { body: '将被删除' }, reader())
    expect((await rest.delete(`/comments/${data.doc.id}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest.delete(`/comments/${data.doc.id}`)).status).toBe(403)
    expect((await rest.delete(`/comments/${data.doc.id}`, { token: tokens.admin })).status).toBe(200)
  })
})

describe('the sensitive-word filter', () => {
  it('flags the listed words in any script, case or spacing, and holds such comments even on post-then-moderate pages', async () => {
    expect((await setWords('赌博\n代开发票，SPAM')).status).toBe(200)
    const res = await postComment(rest, openArticle, { body: '加微信 賭 博，代开 发票，spam 刷单' }, reader())
    expect(res.status).toBe(201)
    expect(res.data.doc.status).toBe('pending')
    const doc = (await byEditor(`where[id][equals]=${res.data.doc.id}`)).data.docs[0]
    expect(doc.flaggedWords.split('、').sort()).toEqual(['SPAM', '代开发票', '赌博'].sort())
    // Readers never see what was flagged, even once approved
    expect((await moderate(doc.id, { status: 'approved' })).status).toBe(200)
    const asReader = await rest.get(`/comments/${doc.id}`)
    expect(asReader.status).toBe(200)
    expect(asReader.data.flaggedWords).toBeUndefined()
    expect(asReader.data.moderatedBy).toBeUndefined()
  })

  it('shows a clean comment at once on a post-then-moderate page, and takes a changed list at once', async () => {
    const clean = await postComment(rest, openArticle, { body: '支持永安茶农！' }, reader())
    expect(clean.data.doc.status).toBe('approved')
    expect(await idsReadBy(undefined)).toContain(clean.data.doc.id)

    expect((await setWords('茶农')).status).toBe(200)
    const now = await postComment(rest, openArticle, { body: '支持永安茶农！' }, reader())
    expect(now.data.doc.status).toBe('pending')
    // The list is read once and kept; any save of it forgets the kept one
    await app.payload.updateGlobal({ slug: 'sensitive-words', data: { words: '' }, context })
    expect((await postComment(rest, openArticle, { body: '支持永安茶农！' }, reader())).data.doc.status).toBe(
      'approved',
    )
  })

  it('keeps the word list from readers and units', async () => {
    for (const token of [undefined, tokens.submitter, tokens.reviewer]) {
      expect((await rest.get('/globals/sensitive-words', { token })).status, String(token)).toBe(403)
      expect((await rest.post('/globals/sensitive-words', { token, json: { words: '' } })).status).toBe(403)
    }
  })
})

describe('moderation', () => {
  it('records who approved or rejected a comment, asks a reason to reject and never requeues', async () => {
    const { data } = await postComment(rest, topic, { body: '专题做得很用心。' }, reader())
    const id = data.doc.id
    const noReason = await moderate(id, { status: 'rejected' })
    expect(noReason.status).toBe(400)
    expect(noReason.data.errors[0].data.code).toBe('moderationReasonRequired')
    expect(noReason.data.errors[0].data.errors[0].message).toBe('不通过时请写明理由。')

    const approved = await moderate(id, { status: 'approved' })
    expect(approved.status).toBe(200)
    expect(approved.data.doc).toMatchObject({ status: 'approved' })
    const stored = await app.payload.findByID({ collection: 'comments', id, depth: 0 })
    expect(stored.moderatedBy).toBe(cast.users.editor.id)
    expect(Date.now() - Date.parse(stored.moderatedAt!)).toBeLessThan(60_000)
    expect(await idsReadBy(undefined)).toContain(id)

    expect((await moderate(id, { status: 'pending' })).data.errors[0].data.code).toBe('moderationBackToPending')
    const withdrawn = await moderate(id, { status: 'rejected', moderationReason: '含广告' })
    expect(withdrawn.status).toBe(200)
    expect(await idsReadBy(undefined)).not.toContain(id)
    const asEditor = (await byEditor(`where[id][equals]=${id}`)).data.docs[0]
    expect(asEditor).toMatchObject({ status: 'rejected', moderationReason: '含广告' })
  })

  it('lets no one change what the reader wrote', async () => {
    const { data } = await postComment(rest, topic, { body: '原话', name: '读者' }, reader())
    const res = await moderate(data.doc.id, { body: '改过的话', name: '编辑', status: 'approved' })
    expect(res.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'comments', id: data.doc.id })
    expect(stored).toMatchObject({ body: '原话', name: '读者', status: 'approved' })
  })
})
