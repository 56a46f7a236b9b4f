import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { publishables } from './editorialFixtures'
import type { CommentedPage } from './postComment'
import { startWithCast } from './startWithCast'

export const context = { disableRevalidate: true }
// Each test comes from addresses of its own, so the hourly limit of one does not spill into another
let network = 0
export const reader = () => {
  network += 1
  return { headers: { 'X-Real-IP': `198.51.${network}.7` } }
}

/**
 * A fresh app with its cast, three published pages to comment on (an article held for moderation, one shown first
 * and moderated after, a topic), a GraphQL caller and the editor's moderation calls through the REST API.
 */
export const startCommentedPages = async () => {
  const { app, rest, cast, tokens } = await startWithCast()
  const handler = GRAPHQL_POST(app.config)
  const graphql = async (query: string, token?: string): Promise<any> => {
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
  const article: CommentedPage = { relationTo: 'articles', value: (await publish('永安直播带货')).id }
  const openArticle: CommentedPage = {
    relationTo: 'articles',
    value: (await publish('先发后审的稿件', { commentsPostModerated: true })).id,
  }
  const topicDoc = await app.payload.create({
    collection: 'topics',
    data: { title: '福建足迹', slug: 'fujian-zuji', _status: 'published' } as never,
    context,
  })
  const topic: CommentedPage = { relationTo: 'topics', value: topicDoc.id }

  const byEditor = (query: string) => rest.get(`/comments?${query}&depth=0&limit=100`, { token: tokens.editor })
  const idsReadBy = async (token: string | undefined, query = '') =>
    ((await rest.get(`/comments?limit=100&depth=0${query}`, { token })).data.docs as { id: number }[]).map(
      (doc) => doc.id,
    )
  const moderate = (id: number, data: Record<string, unknown>) =>
    rest.patch(`/comments/${id}`, { token: tokens.editor, json: data })
  const setWords = (words: string) => rest.post('/globals/sensitive-words', { token: tokens.editor, json: { words } })

  return { app, rest, cast, tokens, graphql, article, openArticle, topic, byEditor, idsReadBy, moderate, setWords }
}

export type CommentedPages = Awaited<ReturnType<typeof startCommentedPages>>
