import { windowPosition, type TimeWindow } from '@/workflow/timeWindow'

/**
 * The case library's rules as pure functions: which cases readers see, how a query from the address is read, how
 * the list is filtered, paged and counted. The page reads the whole library once (cached) and applies these.
 */

export const LIBRARY_PAGE_SIZE = 12

export const LIBRARY_STATUSES = ['excellent', 'shortlisted'] as const
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number]

export const LIBRARY_STATUS_LABELS: Record<LibraryStatus, string> = {
  excellent: '优秀案例',
  shortlisted: '入围·投票中',
}

/** A case's region; `parent` is the city a county belongs to (null for a city itself), for filters and charts. */
export type LibraryRegion = { code: string; name: string; parent: { code: string; name: string } | null }

export type LibraryCase = {
  id: number | string
  title: string
  summary: string | null
  type: string
  status: LibraryStatus
  region: LibraryRegion | null
  campaign: { id: number | string; name: string; voting: TimeWindow } | null
  photo: { url: string; alt: string; width?: number; height?: number } | null
}

/** Excellent cases always; shortlisted ones only while their campaign's public vote is open. */
export const visibleCases = (cases: LibraryCase[], now: Date) =>
  cases.filter(
    (item) =>
      item.status === 'excellent' ||
      (item.status === 'shortlisted' && item.campaign != null && windowPosition(item.campaign.voting, now) === 'open'),
  )

export type LibraryOptions = {
  campaigns: { value: string; label: string }[]
  types: string[]
  regions: { value: string; label: string }[]
}

/** The choices the filter offers: only values some visible case has, so no choice leads to an empty page. */
export const libraryOptions = (cases: LibraryCase[]): LibraryOptions => {
  const campaigns = new Map<string, string>()
  const types = new Set<string>()
  const regions = new Map<string, string>()
  for (const item of cases) {
    if (item.campaign) campaigns.set(String(item.campaign.id), item.campaign.name)
    types.add(item.type)
    if (item.region?.parent) regions.set(item.region.parent.code, item.region.parent.name)
    if (item.region) regions.set(item.region.code, item.region.name)
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.value.localeCompare(b.value))
  return {
    campaigns: sorted(campaigns),
    types: [...types].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    regions: sorted(regions),
  }
}

export type CaseQuery = {
  campaign: string | null
  type: string | null
  region: string | null
  status: LibraryStatus | null
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const oneOf = (value: string | undefined, allowed: readonly string[]) =>
  value != null && allowed.includes(value) ? value : null

// Seven digits of pages is far beyond any library; longer input is noise and reads as the first page.
const pageFrom = (value: string | undefined) => (value && /^\d{1,7}$/.test(value) ? Math.max(Number(value), 1) : 1)

/**
 * A query from the address, checked against the values that exist: anything unknown, repeated, malformed or
 * hostile falls back to "all" (or the first page), so there is one reading, and one cached result, per real choice.
 */
export const normaliseCaseQuery = (raw: RawParams, options: LibraryOptions): CaseQuery => ({
  campaign: oneOf(
    first(raw.campaign),
    options.campaigns.map((option) => option.value),
  ),
  type: oneOf(first(raw.type), options.types),
  region: oneOf(
    first(raw.region),
    options.regions.map((option) => option.value),
  ),
  status: oneOf(first(raw.status), LIBRARY_STATUSES) as LibraryStatus | null,
  page: pageFrom(first(raw.page)),
})

/** A region filter matches the region itself and, for a city, the counties in it. */
export const filterCases = (cases: LibraryCase[], query: CaseQuery) =>
  cases.filter(
    (item) =>
      (query.campaign == null || String(item.campaign?.id) === query.campaign) &&
      (query.type == null || item.type === query.type) &&
      (query.status == null || item.status === query.status) &&
      (query.region == null || item.region?.code === query.region || item.region?.parent?.code === query.region),
  )

export type LibraryPage = { items: LibraryCase[]; page: number; pages: number; total: number }

/** One page of the list; a page past the end shows the last one. */
export const pageOf = (cases: LibraryCase[], page: number, size = LIBRARY_PAGE_SIZE): LibraryPage => {
  const pages = Math.max(Math.ceil(cases.length / size), 1)
  const current = Math.min(Math.max(page, 1), pages)
  return { items: cases.slice((current - 1) * size, current * size), page: current, pages, total: cases.length }
}

/** The address of a query, with its parameters in one fixed order and the defaults left out. */
export const caseQueryHref = (query: CaseQuery, page = query.page) => {
  const params = new URLSearchParams()
  if (query.campaign) params.set('campaign', query.campaign)
  if (query.type) params.set('type', query.type)
  if (query.region) params.set('region', query.region)
  if (query.status) params.set('status', query.status)
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `/cases?${search}` : '/cases'
}

/** How many cases fall under each label, most first (ties in label order), for the charts. */
export const countBy = (cases: LibraryCase[], labelOf: (item: LibraryCase) => string | null) => {
  const counts = new Map<string, number>()
  for (const item of cases) {
    const key = labelOf(item)
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'))
}

/** Cases per city: a county's case counts for the city it belongs to, so the chart stays readable. */
export const cityOf = (item: LibraryCase) => item.region?.parent?.name ?? item.region?.name ?? null
