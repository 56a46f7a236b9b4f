import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { pendingCommentCount } from '@/data/commentCounts'
import { pageComments } from '@/data/comments'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { publishables } from '../helpers/editorialFixtures'
import { commentProof, postComment, type CommentedPage } from '../helpers/postComment'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast, type Tokens } from '../helpers/startWithCast'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Tokens
let graphql: (query: string, token?: string) => Promise<any>
let article: CommentedPage
let openArticle: CommentedPage
let topic: CommentedPage

const context = { disableRevalidate: true }
// Each test comes from addresses of its own, so the hourly limit of one does not spill into another
let network = 0
const reader = () => {
  network += 1
  return { headers: { 'X-Real-IP': `198.51.${network}.7` } }
}

const byEditor = (query: string) => rest.get(`/comments?${query}&depth=0&limit=100`, { token: tokens.editor })
const idsReadBy = async (token: string | undefined, query = '') =>
  ((await rest.get(`/comments?limit=100&depth=0${query}`, { token })).data.docs as { id: number }[]).map(
    (doc) => doc.id,
  )
const moderate = (id: number, data: Record<string, unknown>) =>
  rest.patch(`/comments/${id}`, { token: tokens.editor, json: data })
const setWords = (words: string) => rest.post('/globals/sensitive-words', { token: tokens.editor, json: { words } })

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const handler = GRAPHQL_POST(app.config)
  graphql = async (query, token) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const res = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    return res.json()
  }
  const fixtures = await publishables(app.payload, cast)
  const publish = async (title: string, extra: Record<string, unknown> = {}) =>
    app.payload.create({
      collection: 'articles',
      data: { ...fixtures.completeArticle(title), _status: 'published', ...extra },
      context,
    })
  article = { relationTo: 'articles', value: (await publish('永安直播带货')).id }
  openArticle = { relationTo: 'articles', value: (await publish('先发后审的稿件', { commentsPostModerated: true })).id }
  const topicDoc = await app.payload.create({
    collection: 'topics',
    data: { title: '福建足迹', slug: 'fujian-zuji', _status: 'published' } as never,
    context,
  })
  topic = { relationTo: 'topics', value: topicDoc.id }
})
afterAll(() => app?.close())

describe('posting a comment', () => {
  it('takes a reader’s comment without an account, holds it for moderation and shows it to editors only', async () => {
    const res = await postComment(rest, article, { body: '直播带货办得好，茶叶很香。', name: '茶友' }, reader())
    expect(res.status).toBe(201)
    expect(res.data.doc.status).toBe('pending')
    const id = res.data.doc.id

    const queue = await byEditor('where[status][equals]=pending')
    const mine = queue.data.docs.find((doc: { id: number }) => doc.id === id)
    expect(mine).toMatchObject({ body: '直播带货办得好，茶叶很香。', name: '茶友', status: 'pending' })
    expect(mine.page).toEqual({ relationTo: 'articles', value: article.value })
    // Not even editors read the address's hash or the proof
    expect(mine.addressHash).toBeUndefined()
    expect(mine.proof).toBeUndefined()
    const stored = await app.payload.findByID({ collection: 'comments', id, overrideAccess: true })
    expect(stored.addressHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.addressHash).not.toContain('198.51')

    for (const token of [undefined, tokens.submitter, tokens.reviewer]) {
      expect(await idsReadBy(token), String(token)).not.toContain(id)
      expect((await rest.get(`/comments/${id}`, { token })).status).toBe(404)
      expect(await idsReadBy(token, '&where[status][equals]=pending')).toEqual([])
    }
    const gql = await graphql('{ Comments(where: { status: { equals: pending } }) { docs { id body } } }')
    expect(gql.data.Comments.docs).toEqual([])
    expect(await pendingCommentCount(app.payload, cast.users.editor)).toBeGreaterThanOrEqual(1)
    expect(await pendingCommentCount(app.payload, null)).toBe(0)
    expect((await pageComments({}, 'articles', article.value)).threads.map((c) => c.id)).not.toContain(id)
  })

  it('refuses readers who write to the collection directly', async () => {
    const created = await rest.post('/comments', {
      json: { page: article, body: '直接写入', status: 'approved' },
    })
    expect(created.status).toBe(403)
    const pending = await postComment(rest, article, { body: '等待审核的评论' }, reader())
    for (const token of [undefined, tokens.submitter]) {
      const res = await rest.patch(`/comments/${pending.data.doc.id}`, { token, json: { status: 'approved' } })
      expect(res.status, String(token)).toBe(403)
    }
    const after = await app.payload.findByID({ collection: 'comments', id: pending.data.doc.id })
    expect(after.status).toBe('pending')
  })

  it('answers hostile and malformed input with a Chinese message and a stable code, storing nothing', async () => {
    const before = (await app.payload.count({ collection: 'comments' })).totalDocs
    const expectRefusal = async (res: { status: number; data: any }, status: number, code: string) => {
      expect(res.status, JSON.stringify(res.data)).toBe(status)
      expect(res.data.errors[0].data.code).toBe(code)
      expect(res.data.errors[0].data.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    }
    await expectRefusal(await postComment(rest, article, { body: '   ' }, reader()), 400, 'invalidComment')
    await expectRefusal(await postComment(rest, article, { body: '长'.repeat(501) }, reader()), 400, 'invalidComment')
    await expectRefusal(
      await postComment(rest, article, { body: '好', name: 'a\u0000b' }, reader()),
      400,
      'invalidComment',
    )
    const proof = await commentProof(rest, article)
    const noProof = await rest.post('/comments/submit', { ...reader(), json: { page: article, body: '没有验证' } })
    await expectRefusal(noProof, 400, 'proofMissing')
    // A proof answers for one page only
    const otherPage = await rest.post('/comments/submit', { ...reader(), json: { page: topic, body: '借用', proof } })
    await expectRefusal(otherPage, 400, 'proofInvalid')
    const users = await rest.post('/comments/submit', {
      ...reader(),
      json: { page: { relationTo: 'users', value: cast.users.admin.id }, body: '评论账号', proof },
    })
    await expectRefusal(users, 404, 'notFound')
    await expectRefusal(
      await rest.get(`/comments/challenge?purpose=vote&relationTo=articles&id=${article.value}`),
      400,
      'purposeInvalid',
    )
    const draft = await app.payload.create({
      collection: 'articles',
      data: { title: '未发布的稿件', _status: 'draft' } as never,
      context,
    })
    await expectRefusal(
      await postComment(rest, { relationTo: 'articles', value: draft.id }, { body: '抢先评论' }, reader()),
      404,
      'notFound',
    )
    // Larger than a comment can be: refused before it is parsed
    const huge = await rest.post('/comments/submit', {
      ...reader(),
      json: { page: article, body: '大'.repeat(20_000), proof },
    })
    await expectRefusal(huge, 413, 'bodyTooLarge')
    expect((await app.payload.count({ collection: 'comments' })).totalDocs).toBe(before)

    const once = await rest.post('/comments/submit', { ...reader(), json: { page: article, body: '一次', proof } })
    expect(once.status).toBe(201)
    await expectRefusal(
      await rest.post('/comments/submit', { ...reader(), json: { page: article, body: '两次', proof } }),
      409,
      'proofUsed',
    )
  })
})

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

describe('replies', () => {
  it('threads replies under an approved comment on the same page, and only there', async () => {
    const first = await postComment(rest, topic, { body: '第一条' }, reader())
    await moderate(first.data.doc.id, { status: 'approved' })
    const reply = await postComment(rest, topic, { body: '回复第一条', replyTo: first.data.doc.id }, reader())
    expect(reply.status).toBe(201)
    await moderate(reply.data.doc.id, { status: 'approved' })

    const pendingParent = await postComment(rest, topic, { body: '还在审核' }, reader())
    const toPending = await postComment(rest, topic, { body: '回复', replyTo: pendingParent.data.doc.id }, reader())
    expect(toPending.status).toBe(400)
    expect(toPending.data.errors[0].data.code).toBe('replyNotFound')
    const elsewhere = await postComment(rest, article, { body: '回复', replyTo: first.data.doc.id }, reader())
    expect(elsewhere.data.errors[0].data.code).toBe('replyNotFound')

    const shown = await pageComments({}, 'topics', topic.value)
    const thread = shown.threads.find((comment) => comment.id === first.data.doc.id)
    expect(thread?.replies.map((comment) => comment.body)).toEqual(['回复第一条'])
    expect(shown.threads.map((comment) => comment.id)).not.toContain(reply.data.doc.id)
    expect(shown.threads.map((comment) => comment.id)).not.toContain(pendingParent.data.doc.id)
    expect(shown.total).toBe(
      (
        await app.payload.count({
          collection: 'comments',
          where: {
            'page.value': { equals: topic.value },
            'page.relationTo': { equals: 'topics' },
            status: { equals: 'approved' },
          },
        })
      ).totalDocs,
    )
    // Through the reply's relation a reader reaches the approved comment it answers
    const depth = await rest.get(`/comments/${reply.data.doc.id}?depth=1`)
    expect(depth.data.replyTo).toMatchObject({ id: first.data.doc.id, body: '第一条' })
  })

  it('never populates a pending or rejected comment for readers through a relation', async () => {
    const parent = await postComment(rest, topic, { body: '父评论' }, reader())
    await moderate(parent.data.doc.id, { status: 'approved' })
    const child = await postComment(rest, topic, { body: '子评论', replyTo: parent.data.doc.id }, reader())
    await moderate(child.data.doc.id, { status: 'approved' })
    await moderate(parent.data.doc.id, { status: 'rejected', moderationReason: '违规' })
    const res = await rest.get(`/comments/${child.data.doc.id}?depth=2`)
    expect(res.status).toBe(200)
    expect(typeof res.data.replyTo === 'object' && res.data.replyTo !== null).toBe(false)
    const gql = await graphql(`{ Comment(id: ${child.data.doc.id}) { replyTo { id body status } } }`)
    expect(gql.data?.Comment?.replyTo ?? null).toBeNull()
  })
})

describe('limits', () => {
  it('limits comments per address an hour, and not the reader next door', async () => {
    const same = { headers: { 'X-Real-IP': '192.0.2.50' } }
    for (let i = 0; i < 10; i++) {
      expect((await postComment(rest, article, { body: `第${i}条` }, same)).status).toBe(201)
    }
    const refused = await postComment(rest, article, { body: '第十一条' }, same)
    expect(refused.status).toBe(429)
    expect(refused.data.errors[0].data.code).toBe('tooManyComments')
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await postComment(rest, article, { body: '另一位读者' }, reader())).status).toBe(201)
  })
})

describe('cases', () => {
  it('takes comments on public cases only', async () => {
    const campaign = await app.payload.create({
      collection: 'campaigns',
      data: { name: '案例征集', year: 2020 },
      context,
    })
    const fixtures = await app.payload.find({ collection: 'regions', limit: 1 })
    const make = (status: string) =>
      app.payload.create({
        collection: 'case-submissions',
        data: {
          campaign: campaign.id,
          title: `茶园认购 ${status}`,
          type: '创新模式',
          region: fixtures.docs[0].id,
          organization: cast.units.a.id,
          summary: '下党乡推行茶园认购。',
          body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
          status: status as never,
        },
        context: { ...context, caseTransition: true },
      })
    const open = await make('excellent')
    const hidden = await make('submitted')
    const ok = await postComment(
      rest,
      { relationTo: 'case-submissions', value: open.id },
      { body: '值得推广' },
      reader(),
    )
    expect(ok.status).toBe(201)
    const refused = await postComment(
      rest,
      { relationTo: 'case-submissions', value: hidden.id },
      { body: '还没公开' },
      reader(),
    )
    expect(refused.status).toBe(404)
  })
})
