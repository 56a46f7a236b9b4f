import type { TimeWindow } from '@/workflow/timeWindow'

/**
 * The case library's rules as pure functions: the filter's choices, how a query from the address is read and
 * written back, the pages and the charts. The database filters, pages and counts (src/data/caseLibrary.ts).
 */

export const LIBRARY_PAGE_SIZE = 12

export const LIBRARY_STATUSES = ['excellent', 'proposed', 'shortlisted'] as const
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number]

export const LIBRARY_STATUS_LABELS: Record<LibraryStatus, string> = {
  excellent: '优秀案例',
  proposed: '拟入选·公示中',
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

export type LibraryOptions = {
  campaigns: { value: string; label: string }[]
  types: string[]
  regions: { value: string; label: string }[]
}

export type OptionSources = {
  campaigns: { id: number | string; name: string }[]
  types: string[]
  regions: LibraryRegion[]
}

/** The choices the filter offers, sorted: only values some visible case has, so no choice leads to an empty page. */
export const libraryOptions = ({ campaigns, types, regions }: OptionSources): LibraryOptions => {
  const regionLabels = new Map<string, string>()
  for (const region of regions) {
    if (region.parent) regionLabels.set(region.parent.code, region.parent.name)
    regionLabels.set(region.code, region.name)
  }
  const sorted = (entries: [string, string][]) =>
    entries.map(([value, label]) => ({ value, label })).sort((a, b) => a.value.localeCompare(b.value))
  return {
    campaigns: sorted(campaigns.map((campaign) => [String(campaign.id), campaign.name])),
    types: [...new Set(types)].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    regions: sorted([...regionLabels]),
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

/** How many pages a list of this length takes (at least one, so an empty list has its page). */
export const pageCount = (total: number, size = LIBRARY_PAGE_SIZE) => Math.max(Math.ceil(total / size), 1)

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

/** Counts under their labels for a chart: empty ones left out, most first (ties in label order). */
export const chartRows = (counts: { label: string; count: number }[]) =>
  counts.filter((entry) => entry.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'))
