import type { Payload } from 'payload'

import type { Article, User } from '@/payload-types'
import type { CommentStatus } from '@/workflow/commentRules'

import { context, type Tally } from './helpers'

type CommentSeed = { body: string; name?: string; status: CommentStatus; replyTo?: string; flaggedWords?: string }

/**
 * Readers' comments on the Yong'an livestream article: three approved (one a reply) and one in the queue, flagged
 * with a listed word.
 */
const ARTICLE_COMMENTS: CommentSeed[] = [
  { body: '安贞堡的直播看了，茶叶已经下单，期待收货！', name: '永安茶友', status: 'approved' },
  { body: '家乡的好东西终于卖出去了，为家乡点赞。', status: 'approved' },
  {
    body: '我也买了，包装很用心。',
    name: '福州读者',
    status: 'approved',
    replyTo: '安贞堡的直播看了，茶叶已经下单，期待收货！',
  },
  { body: '直播间有人私信招刷单兼职，大家别上当。', name: '三明网友', status: 'pending', flaggedWords: '刷单' },
]

/** Words the demo's editors listed; the pending comments queue shows where they are found. */
const DEMO_WORDS = ['赌博', '代开发票', '刷单']

/**
 * The demo's comments on one article, found by text, and its sensitive-word list when none is kept yet. Approved ones are
 * recorded as moderated by the demo editor.
 */
export const seedComments = async (
  payload: Payload,
  articleId: Article['id'] | null,
  editor: User['id'],
  tally: Tally,
) => {
  const list = await payload.findGlobal({ slug: 'sensitive-words', overrideAccess: true })
  if (!list.words) {
    await payload.updateGlobal({ slug: 'sensitive-words', data: { words: DEMO_WORDS.join('\n') }, context })
  }
  if (articleId == null) return
  const page = { relationTo: 'articles' as const, value: articleId }
  const { docs } = await payload.find({
    collection: 'comments',
    where: { 'page.relationTo': { equals: page.relationTo }, 'page.value': { equals: page.value } },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const ids = new Map(docs.map((doc) => [doc.body, doc.id]))
  for (const seed of ARTICLE_COMMENTS) {
    if (ids.has(seed.body)) {
      tally.unchanged++
      continue
    }
    const approved = seed.status === 'approved'
    const doc = await payload.create({
      collection: 'comments',
      data: {
        page,
        body: seed.body,
        name: seed.name ?? null,
        status: seed.status,
        replyTo: seed.replyTo ? (ids.get(seed.replyTo) ?? null) : null,
        flaggedWords: seed.flaggedWords ?? null,
        ...(approved ? { moderatedBy: editor, moderatedAt: new Date().toISOString() } : {}),
      },
      overrideAccess: true,
      context,
      depth: 0,
    })
    ids.set(seed.body, doc.id)
    tally.created++
  }
}
