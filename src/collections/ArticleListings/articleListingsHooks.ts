import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'
import { readerSees } from '@/search/indexEntries'

import { listingRows } from './listingRows'

type Id = number | string

/** Brings an article's rows to the given lists and publication time: removes, re-dates and adds only what differs. */
const writeListings = async (req: PayloadRequest, articleId: Id, listings: string[], publishedAt: string | null) => {
  const local = { collection: 'article-listings', depth: 0, overrideAccess: true, req } as const
  const ofArticle = { articleId: { equals: String(articleId) } }
  const { docs } = await req.payload.find({
    ...local,
    where: ofArticle,
    select: { listing: true, publishedAt: true },
    pagination: false,
  })
  const wanted = new Set(listings)
  const stale = docs.filter((row) => !wanted.has(row.listing))
  if (stale.length > 0) await req.payload.delete({ ...local, where: { id: { in: stale.map((row) => row.id) } } })
  if (docs.some((row) => wanted.has(row.listing) && (row.publishedAt ?? null) !== publishedAt)) {
    await req.payload.update({ ...local, where: ofArticle, data: { publishedAt } })
  }
  const present = new Set(docs.map((row) => row.listing))
  for (const listing of wanted) {
    if (!present.has(listing)) {
      await req.payload.create({ ...local, data: { articleId: String(articleId), listing, publishedAt } })
    }
  }
}

/**
 * Keeps an article's listing rows equal to what readers see, in the change's own transaction: a published article
 * is listed under its regions (and those containing them), topics and categories; a draft saved over a published
 * article leaves the published version's rows alone; unpublishing or deleting removes them. (The bulk import writes
 * the same rows for the articles it adds.)
 */
export const articleListingsHooks = {
  afterChange: (async ({ doc, req }) => {
    const article = doc as Article
    const visible = await readerSees(req, 'articles', article.id)
    if (visible && article._status === 'draft') return doc
    const rows = visible ? await listingRows(req, [article]) : []
    await writeListings(
      req,
      article.id,
      rows.map((row) => row.listing),
      article.publishedAt ?? null,
    )
    return doc
  }) satisfies CollectionAfterChangeHook,
  afterDelete: (async ({ doc, req }) => {
    await writeListings(req, doc.id, [], null)
    return doc
  }) satisfies CollectionAfterDeleteHook,
}
