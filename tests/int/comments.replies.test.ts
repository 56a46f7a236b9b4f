import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { pageComments } from '@/data/comments'

import { reader, startCommentedPages, type CommentedPages } from '../helpers/commentedPages'
import { postComment } from '../helpers/postComment'

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

let app: CommentedPages['app']
let rest: CommentedPages['rest']
let graphql: CommentedPages['graphql']
let article: CommentedPages['article']
let topic: CommentedPages['topic']
let moderate: CommentedPages['moderate']

beforeAll(async () => {
  ;({ app, rest, graphql, article, topic, moderate } = await startCommentedPages())
})
afterAll(() => app?.close())

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
    // The id as a GraphQL literal: a number on SQLite, a quoted UUID on PostgreSQL
    const gql = await graphql(`{ Comment(id: ${JSON.stringify(child.data.doc.id)}) { replyTo { id body status } } }`)
    // The query itself answered (a failed query would have no reply to show either)
    expect(gql.errors).toBeUndefined()
    expect(gql.data.Comment).not.toBeNull()
    expect(gql.data?.Comment?.replyTo ?? null).toBeNull()
  })
})
