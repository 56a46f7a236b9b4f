import { windowPosition, type TimeWindow } from '@/workflow/timeWindow'

import { campaignWindows } from './caseLibrary/campaignWindows'
import { libraryCharts } from './caseLibrary/charts'
import { libraryFacts } from './caseLibrary/facts'
import { libraryCase } from './caseLibrary/libraryCase'
import { libraryPage } from './caseLibrary/page'
import { citiesOf } from './caseLibrary/placeRegions'
import { libraryOptions, normaliseCaseQuery, type CaseQuery, type LibraryCase, type LibraryOptions } from './caseQuery'
import type { ReadOptions } from './readOptions'

type RawParams = Record<string, string | string[] | undefined>

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
