import { relationId } from '@/lib/relationId'
import type { Media, Region } from '@/payload-types'

import type { LibraryCase } from '../caseQuery'

import type { Window } from './campaignWindows'
import type { Row } from './page'
import type { PlacedRegion } from './placeRegions'
import type { Id } from './types'

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

/** A row as the library shows it, with its region's and campaign's names (read once per library, not per page). */
export const libraryCase = (
  row: Row,
  regionOf: Map<string, PlacedRegion>,
  campaignOf: Map<string, Window>,
): LibraryCase => {
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
