import type { SearchIndex } from '@/payload-types'
import { highlight, type Segment } from '@/search/highlight'
import { parseQuery, whereForTerms } from '@/search/query'
import { rank } from '@/search/rank'
import type { SearchableCollection } from '@/search/searchable'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export const SEARCH_PAGE_SIZE = 20
/**
 * Ranking happens here, not in the database, so it looks at the newest matches only; a query matching more is too
 * broad for anyone to read past this many anyway.
 */
export const MAX_RANKED = 200

export type SearchHit = {
  id: SearchIndex['id']
  collection: SearchableCollection
  path: string
  date: string | null
  title: Segment[]
  excerpt: Segment[]
}

export type SearchOutcome =
  | { status: 'ok'; terms: string[]; more: boolean; ranked: number; page: number; pages: number; hits: SearchHit[] }
  | { status: 'empty' | 'tooLong' | 'tooVague' }

const MAX_PAGE = Math.ceil(MAX_RANKED / SEARCH_PAGE_SIZE)

/** A page number from the address: anything that is not a number in range reads as the nearest page. */
const pageNumber = (page: unknown): number => {
  const wanted = typeof page === 'string' || typeof page === 'number' ? Math.floor(Number(page)) : 1
  return Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), MAX_PAGE) : 1
}

/**
 * One page of results for already parsed terms; cached per terms and page until the index changes. The newest
 * matches are read one past those ranked, which tells whether there are more without counting them all: a count
 * would test every row of the index, the newest matches of a common word are found at once.
 */
const searchTerms = cached(
  async (options: ReadOptions, terms: string[], page: number): Promise<Extract<SearchOutcome, { status: 'ok' }>> => {
    const payload = await getPayloadClient()
    const found = await payload.find({
      collection: 'search-index',
      where: whereForTerms(terms),
      sort: '-date',
      limit: MAX_RANKED + 1,
      pagination: false,
      depth: 0,
      select: { sourceCollection: true, title: true, path: true, excerpt: true, date: true },
      ...accessFor(options),
    })
    const ranked = rank(found.docs.slice(0, MAX_RANKED), terms)
    const pages = Math.ceil(ranked.length / SEARCH_PAGE_SIZE)
    const current = Math.min(page, Math.max(pages, 1))
    const hits = ranked.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE).map((row) => ({
      id: row.id,
      collection: row.sourceCollection,
      path: row.path,
      date: row.date ?? null,
      title: highlight(row.title, terms),
      excerpt: highlight(row.excerpt ?? '', terms),
    }))
    const more = found.docs.length > MAX_RANKED
    return { status: 'ok', terms, more, ranked: ranked.length, page: current, pages, hits }
  },
  'search',
  () => [CACHE_TAGS.search],
)

/**
 * What the search page shows for a reader's query: ranked, highlighted hits from articles, cases, events and
 * topics, or why there is nothing to search for. Any input is safe: it is reduced to letters and digits first.
 */
export const search = async (options: ReadOptions, query: unknown, page: unknown = 1): Promise<SearchOutcome> => {
  const parsed = parseQuery(query)
  if (!parsed.ok) return { status: parsed.reason }
  return searchTerms(options, parsed.terms, pageNumber(page))
}
