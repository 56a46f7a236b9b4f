import type { Where } from 'payload'

import { relationId } from '@/lib/relationId'
import type { CaseSubmission, Media, Region } from '@/payload-types'
import { windowPosition, type TimeWindow } from '@/workflow/timeWindow'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import {
  chartRows,
  LIBRARY_PAGE_SIZE,
  libraryOptions,
  normaliseCaseQuery,
  pageCount,
  type CaseQuery,
  type LibraryCase,
  type LibraryOptions,
  type LibraryRegion,
} from './caseQuery'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'
import { regionsWithin } from './regionTree'

type Id = number | string
type RawParams = Record<string, string | string[] | undefined>

/** A page of the library follows every case change; its counts and charts only changes of what they count. */
const PAGE_TAGS = [CACHE_TAGS.cases, CACHE_TAGS.campaigns, CACHE_TAGS.regions]
const SHAPE_TAGS = [CACHE_TAGS.caseLibraryShape, CACHE_TAGS.campaigns, CACHE_TAGS.regions]

/** Every campaign's name and voting window: a small table, read whole, expired when a campaign changes. */
const campaignWindows = cached(
  async (options: ReadOptions) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'campaigns',
      pagination: false,
      depth: 0,
      select: { name: true, caseCall: { votingOpens: true, votingCloses: true } },
      ...accessFor(options),
    })
    return docs.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      voting: { opens: campaign.caseCall?.votingOpens ?? null, closes: campaign.caseCall?.votingCloses ?? null },
    }))
  },
  'campaign-windows',
  () => [CACHE_TAGS.campaigns],
)

/**
 * Excellent cases the editors published on the site, cases proposed for it (in publicity: readers may object, so
 * they must find them), and shortlisted ones of campaigns whose vote is open. Read through the cases' library
 * listing (src/workflow/libraryListing.ts): two branches an index each serves, where a branch per status made the
 * database read every case in a public status and sort them.
 */
const visibleWhere = (openCampaigns: Id[]): Where => ({
  or: [
    { libraryListing: { equals: 'shown' } },
    ...(openCampaigns.length
      ? [{ and: [{ libraryListing: { equals: 'during-vote' } }, { campaign: { in: openCampaigns } }] }]
      : []),
  ],
})

type PlacedRegion = LibraryRegion & { id: Id }

/** The library's regions, each with the city of a county (for the filter and the chart), and every code's id. */
const placeRegions = async (ids: Id[]) => {
  const payload = await getPayloadClient()
  const read = async (wanted: Id[]) =>
    wanted.length === 0
      ? []
      : (
          await payload.find({
            collection: 'regions',
            overrideAccess: false,
            where: { id: { in: wanted } },
            pagination: false,
            depth: 0,
            select: { code: true, name: true, level: true, parent: true },
          })
        ).docs
  const regions = await read(ids)
  const counties = regions.filter((region) => region.level === 'county')
  const cities = new Map(
    (await read(counties.map((region) => relationId(region.parent) as Id))).map((c) => [String(c.id), c]),
  )
  const codeIds = new Map<string, Id>()
  const placed: PlacedRegion[] = regions.map((region) => {
    const city = region.level === 'county' ? cities.get(String(relationId(region.parent))) : undefined
    codeIds.set(region.code, region.id)
    if (city) codeIds.set(city.code, city.id)
    return {
      id: region.id,
      code: region.code,
      name: region.name,
      parent: city ? { code: city.code, name: city.name } : null,
    }
  })
  return { placed, codeIds }
}

/**
 * What the library holds while these campaigns' votes are open: how many cases, and the values some visible case
 * has (the filter offers only those). Counts and distinct values from the database, however many cases there are.
 */
const libraryFacts = cached(
  async (options: ReadOptions, openCampaigns: Id[]) => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const where = visibleWhere(openCampaigns)
    const distinct = <F extends 'campaign' | 'type' | 'region'>(field: F) =>
      payload.findDistinct({ collection: 'case-submissions', field, where, ...access })
    const [total, campaigns, types, regions] = await Promise.all([
      payload.count({ collection: 'case-submissions', where, ...access }),
      distinct('campaign'),
      distinct('type'),
      distinct('region'),
    ])
    const { placed, codeIds } = await placeRegions(
      regions.values.map((value) => relationId(value.region as Id | null)).filter((id): id is Id => id != null),
    )
    return {
      total: total.totalDocs,
      campaignIds: campaigns.values.map((value) => String(relationId(value.campaign as Id))),
      types: types.values.map((value) => value.type as string),
      regions: placed,
      codeIds: Object.fromEntries(codeIds),
    }
  },
  'case-library-facts',
  () => SHAPE_TAGS,
)

type Filters = Omit<CaseQuery, 'page'>

/** The cases a query matches: visible ones narrowed by campaign, type, status and a region with all within it. */
const queryWhere = async (openCampaigns: Id[], filters: Filters, regionId: Id | null): Promise<Where> => {
  const and: Where[] = [visibleWhere(openCampaigns)]
  if (filters.campaign) and.push({ campaign: { equals: filters.campaign } })
  if (filters.type) and.push({ type: { equals: filters.type } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (regionId != null) {
    const within = (await regionsWithin(await getPayloadClient(), [regionId])).get(String(regionId)) ?? [regionId]
    and.push({ region: { in: within } })
  }
  return { and }
}

/**
 * The charts of a query's cases: how many of each type and in each city (a county's cases count for its city),
 * one count per bar.
 */
const libraryCharts = cached(
  async (
    options: ReadOptions,
    openCampaigns: Id[],
    filters: Filters,
    regionId: Id | null,
    bars: { types: string[]; cities: [string, Id[]][] },
  ) => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const where = await queryWhere(openCampaigns, filters, regionId)
    const count = async (label: string, narrow: Where) => ({
      label,
      count: (await payload.count({ collection: 'case-submissions', where: { and: [where, narrow] }, ...access }))
        .totalDocs,
    })
    const [byType, byCity] = await Promise.all([
      Promise.all(bars.types.map((type) => count(type, { type: { equals: type } }))),
      Promise.all(bars.cities.map(([label, ids]) => count(label, { region: { in: ids } }))),
    ])
    return { byType: chartRows(byType), byCity: chartRows(byCity) }
  },
  'case-library-charts',
  () => SHAPE_TAGS,
)

type Row = Pick<CaseSubmission, 'id' | 'title' | 'summary' | 'type' | 'status' | 'region' | 'campaign' | 'photos'>

const photoOf = (photos: Row['photos']): LibraryCase['photo'] => {
  const photo = (photos ?? []).find((item): item is Media => typeof item === 'object' && Boolean(item?.url))
  if (!photo) return null
  const card = photo.sizes?.card?.url ? photo.sizes.card : null
  return {
    url: (card?.url ?? photo.url) as string,
    alt: photo.alt,
    width: (card?.width ?? photo.width) || undefined,
    height: (card?.height ?? photo.height) || undefined,
  }
}

/** One page of a query's cases, most recently changed first, and how many it matches in all. */
const libraryPage = cached(
  async (options: ReadOptions, openCampaigns: Id[], filters: Filters, regionId: Id | null, page: number) => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const where = await queryWhere(openCampaigns, filters, regionId)
    const { totalDocs } = await payload.count({ collection: 'case-submissions', where, ...access })
    const pages = pageCount(totalDocs)
    const current = Math.min(Math.max(page, 1), pages)
    const { docs } = await payload.find({
      collection: 'case-submissions',
      where,
      sort: '-updatedAt',
      limit: LIBRARY_PAGE_SIZE,
      page: current,
      pagination: false,
      depth: 1,
      select: { title: true, summary: true, type: true, status: true, region: true, campaign: true, photos: true },
      populate: {
        // The URL is computed from the file name, so both are asked for
        media: { filename: true, url: true, alt: true, width: true, height: true, sizes: true },
        // Named from the library's facts; only their ids are used here
        regions: { code: true },
        campaigns: { name: true },
      },
      ...access,
    })
    return { rows: docs as Row[], page: current, pages, matching: totalDocs }
  },
  'case-library-page',
  () => PAGE_TAGS,
)

type Window = Awaited<ReturnType<typeof campaignWindows>>[number]

/** A row as the library shows it, with its region's and campaign's names (read once per library, not per page). */
const libraryCase = (row: Row, regionOf: Map<string, PlacedRegion>, campaignOf: Map<string, Window>): LibraryCase => {
  const region = regionOf.get(String(relationId(row.region as Region | Id | null)))
  const campaign = campaignOf.get(String(relationId(row.campaign as { id: Id } | Id)))
  return {
    id: row.id,
    title: row.title,
    summary: row.summary ?? null,
    type: row.type,
    status: row.status as LibraryCase['status'],
    region: region ? { code: region.code, name: region.name, parent: region.parent } : null,
    campaign: campaign ? { id: campaign.id, name: campaign.name, voting: campaign.voting } : null,
    photo: photoOf(row.photos),
  }
}

/** The chart's cities: a county's cases count for its city. */
const citiesOf = (regions: PlacedRegion[]): [string, Id[]][] => {
  const cities = new Map<string, Id[]>()
  for (const region of regions) {
    const label = region.parent?.name ?? region.name
    cities.set(label, [...(cities.get(label) ?? []), region.id])
  }
  return [...cities]
}

export type CaseLibrary = {
  total: number
  options: LibraryOptions
  query: CaseQuery
  matching: number
  page: { items: LibraryCase[]; page: number; pages: number }
  charts: { byType: { label: string; count: number }[]; byCity: { label: string; count: number }[] }
}

/**
 * The library as a reader sees it now, for a query from the address: which shortlisted cases show depends on
 * today's voting windows, so the campaigns whose vote is open are decided per request and the cached reads are
 * keyed by them. The query is read against the choices that exist and its page brought into range.
 */
export const readCaseLibrary = async (
  raw: RawParams,
  now = new Date(),
  options: ReadOptions = {},
): Promise<CaseLibrary> => {
  const windows = await campaignWindows(options)
  const open = windows
    .filter((campaign) => windowPosition(campaign.voting as TimeWindow, now) === 'open')
    .map((campaign) => campaign.id)
  const facts = await libraryFacts(options, open)
  const present = new Set(facts.campaignIds)
  const choices = libraryOptions({
    campaigns: windows.filter((campaign) => present.has(String(campaign.id))),
    types: facts.types,
    regions: facts.regions,
  })
  const asked = normaliseCaseQuery(raw, choices)
  const { page: wanted, ...filters } = asked
  const regionId = filters.region ? (facts.codeIds[filters.region] ?? null) : null
  // Each cached read is called here, never from inside another: Next reads a nested one afresh every time
  const [page, charts] = await Promise.all([
    libraryPage(options, open, filters, regionId, wanted),
    libraryCharts(options, open, filters, regionId, { types: choices.types, cities: citiesOf(facts.regions) }),
  ])
  const regionOf = new Map(facts.regions.map((region) => [String(region.id), region]))
  const campaignOf = new Map(windows.map((campaign) => [String(campaign.id), campaign]))
  return {
    total: facts.total,
    options: choices,
    query: { ...asked, page: page.page },
    matching: page.matching,
    page: { items: page.rows.map((row) => libraryCase(row, regionOf, campaignOf)), page: page.page, pages: page.pages },
    charts,
  }
}
