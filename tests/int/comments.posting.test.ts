import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { pendingCommentCount } from '@/data/commentCounts'
import { pageComments } from '@/data/comments'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { context, reader, startCommentedPages, type CommentedPages } from '../helpers/commentedPages'
import { commentProof, postComment } from '../helpers/postComment'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: CommentedPages['app']
let rest: CommentedPages['rest']
let cast: CommentedPages['cast']
let tokens: CommentedPages['tokens']
let graphql: CommentedPages['graphql']
let article: CommentedPages['article']
let topic: CommentedPages['topic']
let byEditor: CommentedPages['byEditor']
let idsReadBy: CommentedPages['idsReadBy']

beforeAll(async () => {
  ;({ app, rest, cast, tokens, graphql, article, topic, byEditor, idsReadBy } = await startCommentedPages())
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
