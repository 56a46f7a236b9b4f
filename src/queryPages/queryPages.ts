import { MAX_QUERY_CHARS } from '@/search/queryLimits'

/**
 * Reader pages whose content depends on the query string: the case library's filters and the search. Next renders a
 * page that reads its query on every request, so the proxy rewrites each such address to an internal route that
 * carries the query in its path (`/cases?type=产业帮扶` → `/cases/library/<the key in base64url>`), which Next caches
 * like any article. The key is the reader's query reduced to the parameters the page knows, in one order, each cut to a
 * bounded length: many spellings of one question share one cached page, and the pages' own rules then read it.
 */
export const QUERY_PAGES = {
  '/cases': {
    internal: '/cases/library',
    // Longest sensible value of each: a campaign id, a case type, a region code, a status, a page number.
    params: { campaign: 24, type: 20, region: 12, status: 12, page: 7 },
  },
  '/search': {
    internal: '/search/results',
    // One character over the limit still reads as "too long" on the page; more would only multiply cache keys.
    params: { q: MAX_QUERY_CHARS + 1, page: 3 },
  },
} as const satisfies Record<string, { internal: string; params: Record<string, number> }>

export type QueryPagePath = keyof typeof QUERY_PAGES

export const isQueryPagePath = (pathname: string): pathname is QueryPagePath => Object.hasOwn(QUERY_PAGES, pathname)

const cut = (value: string, chars: number) => Array.from(value.trim()).slice(0, chars).join('')

/**
 * The key of a reader's query for one page: its known parameters in the page's order, the first of each repeated
 * one, blank ones left out, each cut to its length. A page number is digits only, written without leading zeros,
 * and the first page is no number.
 */
export const queryKey = (path: QueryPagePath, search: URLSearchParams): string => {
  const kept = new URLSearchParams()
  for (const [name, chars] of Object.entries(QUERY_PAGES[path].params)) {
    const value = cut(search.get(name) ?? '', chars)
    if (value === '') continue
    if (name !== 'page') kept.set(name, value)
    else if (/^\d+$/.test(value) && Number(value) > 1) kept.set(name, String(Number(value)))
  }
  return kept.toString()
}

/**
 * A key as one path segment, in base64url: Next hands a page its path segments still percent-encoded or decoded
 * depending on the way in, and these letters never need either. A query with none of the page's parameters is `_`
 * (a segment cannot be empty, and no base64 text is one character long).
 */
const NO_QUERY = '_'
const toSegment = (key: string) => (key === '' ? NO_QUERY : Buffer.from(key, 'utf8').toString('base64url'))

/** The internal address a reader's address is served from. */
export const internalPath = (path: QueryPagePath, search: URLSearchParams) =>
  `${QUERY_PAGES[path].internal}/${toSegment(queryKey(path, search))}`

/**
 * The parameters an internal path segment stands for, as the page reads them; null for a segment the proxy would
 * never make (someone typing internal addresses), so each question has exactly one cached page.
 */
export const paramsOfSegment = (path: QueryPagePath, segment: string): Record<string, string> | null => {
  if (segment !== NO_QUERY && !/^[A-Za-z0-9_-]+$/.test(segment)) return null
  const params = new URLSearchParams(segment === NO_QUERY ? '' : Buffer.from(segment, 'base64url').toString('utf8'))
  if (toSegment(queryKey(path, params)) !== segment) return null
  return Object.fromEntries(params)
}
