import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/relationId'

import { listingKey } from './listingKeys'
import { regionParents } from './regionsContaining'

type Id = number | string

export type ListedArticle = {
  id: Id
  regions?: unknown[] | null
  topics?: unknown[] | null
  categories?: string[] | null
  publishedAt?: string | null
}

export type ListingRow = { articleId: string; listing: string; publishedAt: string | null }

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => relationId(value as Id | { id: Id } | null)).filter((id): id is Id => id != null)

/**
 * The lists these published articles belong to, as rows: each of their regions and every region containing them
 * (永安市 also gives 三明市 and 福建省), each topic and each category. A few queries for any number of articles.
 */
export const listingRows = async (req: PayloadRequest, articles: ListedArticle[]): Promise<ListingRow[]> => {
  const parents = await regionParents(
    req.payload,
    articles.flatMap((article) => ids(article.regions)),
    req,
  )
  return articles.flatMap((article) => {
    const regions = new Set<string>()
    for (const own of ids(article.regions)) {
      for (let region: string | undefined = String(own); region && !regions.has(region);) {
        regions.add(region)
        const parent = parents.get(region)
        region = parent == null ? undefined : String(parent)
      }
    }
    const listings = [
      ...[...regions].map(listingKey.region),
      ...ids(article.topics).map(listingKey.topic),
      ...(article.categories ?? []).map(listingKey.category),
    ]
    return [...new Set(listings)].map((listing) => ({
      articleId: String(article.id),
      listing,
      publishedAt: article.publishedAt ?? null,
    }))
  })
}
