import type { PayloadRequest } from 'payload'

import { documentIdFrom, idShape } from '@/lib/wellFormedId'
import { COMMENTED_COLLECTIONS, type CommentedCollection } from '@/workflow/commentRules'

export type PageRef = { relationTo: CommentedCollection; id: number | string }

/** A commented page named by a request (`articles` and `12`), or null when it cannot name one. */
export const pageRefFrom = (req: PayloadRequest, relationTo: unknown, rawId: unknown): PageRef | null => {
  if (!COMMENTED_COLLECTIONS.includes(relationTo as CommentedCollection)) return null
  const collection = relationTo as CommentedCollection
  if (typeof rawId !== 'string' && typeof rawId !== 'number') return null
  const id = documentIdFrom(String(rawId), idShape(req.payload, collection))
  return id === null ? null : { relationTo: collection, id }
}

/** What a proof of work for a comment is bound to: one page, so an answer cannot be spent on another. */
export const proofSubject = (page: PageRef) => `${page.relationTo}:${page.id}`

/**
 * The page as a reader sees it (published articles and topics, public cases), with its comment setting; null when
 * readers cannot see it. Read without the request's user, so an editor commenting is held to the readers' pages.
 */
export const readerVisiblePage = async (req: PayloadRequest, page: PageRef) => {
  const { docs } = await req.payload.find({
    collection: page.relationTo,
    where: { id: { equals: page.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { commentsPostModerated: true },
    overrideAccess: false,
  })
  return docs[0] ?? null
}
