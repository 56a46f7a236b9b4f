import type { Comment } from '@/payload-types'
import type { CommentedCollection } from '@/workflow/commentRules'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'

/** The most comments a page shows; an older one falls off the page, not out of the count. */
const SHOWN = 200

export type ShownComment = Pick<Comment, 'id' | 'body' | 'name' | 'createdAt'> & { replies: ShownComment[] }
export type PageComments = { total: number; threads: ShownComment[] }

/**
 * A page's approved comments as threads: first comments newest first, each with its replies in the order they came.
 * Read as a reader (approved only, whatever the query says) and cached until a comment on the page is approved,
 * withdrawn or deleted (src/collections/Comments/hooks/revalidateComments.ts).
 */
export const pageComments = cached(
  async (_options, relationTo: CommentedCollection, id: number | string): Promise<PageComments> => {
    const payload = await getPayloadClient()
    const { docs, totalDocs } = await payload.find({
      collection: 'comments',
      where: {
        and: [
          { 'page.relationTo': { equals: relationTo } },
          { 'page.value': { equals: id } },
          { status: { equals: 'approved' } },
        ],
      },
      sort: '-createdAt',
      limit: SHOWN,
      depth: 0,
      select: { body: true, name: true, replyTo: true, createdAt: true },
      overrideAccess: false,
    })
    const byId = new Map(docs.map((doc) => [String(doc.id), { ...doc, replies: [] as ShownComment[] }]))
    const threads: ShownComment[] = []
    for (const doc of byId.values()) {
      const parent = doc.replyTo == null ? undefined : byId.get(String(doc.replyTo))
      const { replyTo: _replyTo, ...shown } = doc
      if (parent) parent.replies.unshift(shown)
      else threads.push(shown)
    }
    return { total: totalDocs, threads }
  },
  'page-comments',
  (relationTo, id) => [CACHE_TAGS.comments(relationTo, id)],
)
