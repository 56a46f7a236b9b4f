import type { Campaign, CaseSubmission, Media, Region } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import type { LibraryCase, LibraryRegion } from './caseQuery'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

/** Far more than a campaign's shortlist and excellent cases; the library reads them all in one query. */
const MAX_LIBRARY = 2000

type Row = Pick<CaseSubmission, 'id' | 'title' | 'summary' | 'type' | 'status' | 'region' | 'campaign' | 'photos'>

const regionOf = (region: Row['region'], cities: Map<number, Pick<Region, 'code' | 'name'>>): LibraryRegion | null => {
  if (!region || typeof region !== 'object') return null
  const parentId = typeof region.parent === 'object' ? region.parent?.id : region.parent
  const city = region.level === 'county' && parentId != null ? cities.get(parentId) : undefined
  return { code: region.code, name: region.name, parent: city ? { code: city.code, name: city.name } : null }
}

const campaignOf = (campaign: Row['campaign']): LibraryCase['campaign'] => {
  if (!campaign || typeof campaign !== 'object') return null
  const call = (campaign as Campaign).caseCall
  return {
    id: campaign.id,
    name: campaign.name,
    voting: { opens: call?.votingOpens ?? null, closes: call?.votingCloses ?? null },
  }
}

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

/**
 * Every case the library may show: excellent cases the editors published on the site, and shortlisted ones with
 * their campaign's voting window (whether the vote is open is decided per request, so a window opening or closing
 * needs no publish). Expired with the cases, the campaigns (names, windows) and the regions.
 */
export const libraryCases = cached(
  async (options: ReadOptions): Promise<LibraryCase[]> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const { docs } = await payload.find({
      collection: 'case-submissions',
      where: {
        or: [
          { and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }] },
          { status: { equals: 'shortlisted' } },
        ],
      },
      sort: '-updatedAt',
      limit: MAX_LIBRARY,
      pagination: false,
      depth: 1,
      select: { title: true, summary: true, type: true, status: true, region: true, campaign: true, photos: true },
      populate: {
        campaigns: { name: true, caseCall: { votingOpens: true, votingCloses: true } },
        regions: { code: true, name: true, level: true, parent: true },
        // The URL is computed from the file name, so both are asked for
        media: { filename: true, url: true, alt: true, width: true, height: true, sizes: true },
      },
      ...access,
    })
    const rows = docs as Row[]
    const cityIds = new Set<number>()
    for (const row of rows) {
      const region = row.region
      if (region && typeof region === 'object' && region.level === 'county' && typeof region.parent === 'number') {
        cityIds.add(region.parent)
      }
    }
    const cities = cityIds.size
      ? await payload.find({
          collection: 'regions',
          where: { id: { in: [...cityIds] } },
          pagination: false,
          depth: 0,
          select: { code: true, name: true },
        })
      : { docs: [] }
    const cityMap = new Map(cities.docs.map((city) => [city.id, city]))
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary ?? null,
      type: row.type,
      status: row.status as LibraryCase['status'],
      region: regionOf(row.region, cityMap),
      campaign: campaignOf(row.campaign),
      photo: photoOf(row.photos),
    }))
  },
  'case-library',
  () => [CACHE_TAGS.cases, CACHE_TAGS.campaigns, CACHE_TAGS.regions],
)
