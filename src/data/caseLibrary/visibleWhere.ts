import type { Where } from 'payload'

import { getPayloadClient } from '../payload'
import { regionsWithin } from '../regionTree'

import type { Filters, Id } from './types'

/**
 * Excellent cases the editors published on the site, cases proposed for it (in publicity: readers may object, so
 * they must find them), and shortlisted ones of campaigns whose vote is open. Read through the cases' library
 * listing (src/workflow/libraryListing.ts): two branches an index each serves, where a branch per status made the
 * database read every case in a public status and sort them.
 */
export const visibleWhere = (openCampaigns: Id[]): Where => ({
  or: [
    { libraryListing: { equals: 'shown' } },
    ...(openCampaigns.length
      ? [{ and: [{ libraryListing: { equals: 'during-vote' } }, { campaign: { in: openCampaigns } }] }]
      : []),
  ],
})

/** The cases a query matches: visible ones narrowed by campaign, type, status and a region with all within it. */
export const queryWhere = async (openCampaigns: Id[], filters: Filters, regionId: Id | null): Promise<Where> => {
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
