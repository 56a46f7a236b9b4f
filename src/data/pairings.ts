import type { Where } from 'payload'

import type { PairingAid, Region } from '@/payload-types'
import { provinceTotals, type ProvinceFlow, type ProvinceTotal } from '@/pairing/provinceTotals'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { findBySlug } from './findBySlug'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type PairingRegion = Pick<Region, 'id' | 'code' | 'name' | 'fullName' | 'level'>

export type PairingSummary = Pick<
  PairingAid,
  | 'id'
  | 'title'
  | 'slug'
  | 'programme'
  | 'startYear'
  | 'endYear'
  | 'fundsFen'
  | 'projects'
  | 'cadresSent'
  | 'villagesPaired'
> & { helper: PairingRegion; helped: PairingRegion }

/** The pair's page: its regions, related articles and topics populated (readers see only published ones). */
export const getPairing = cached(
  (options: ReadOptions, slug: string) => findBySlug('pairing-aids', options, slug),
  'pairing',
  (slug) => [CACHE_TAGS.pairing(slug), CACHE_TAGS.regions, CACHE_TAGS.articles, CACHE_TAGS.topics],
)

/** No deployment will record more pairs than this; the overview reads them all at once. */
const PAIRING_LIMIT = 500

export type PairingFilter = { topic?: number | string; regions?: (number | string)[] }

const SUMMARY_SELECT = {
  title: true,
  slug: true,
  programme: true,
  startYear: true,
  endYear: true,
  fundsFen: true,
  projects: true,
  cadresSent: true,
  villagesPaired: true,
  helper: true,
  helped: true,
} as const

/**
 * Published pairs, oldest first, with both regions: all of them, those of one topic, or those in which one of the
 * given regions is the helping or the helped side. Uncached, for reads that cache a whole page's data under their
 * own tags (the region page); the reader pages otherwise use listPairings.
 */
export const readPairings = async (options: ReadOptions, filter: PairingFilter = {}): Promise<PairingSummary[]> => {
  const payload = await getPayloadClient()
  const and: Where[] = []
  if (filter.topic != null) and.push({ topics: { equals: filter.topic } })
  if (filter.regions) and.push({ or: [{ helper: { in: filter.regions } }, { helped: { in: filter.regions } }] })
  const { docs } = await payload.find({
    collection: 'pairing-aids',
    where: { and },
    sort: ['startYear', 'title'],
    limit: PAIRING_LIMIT,
    pagination: false,
    depth: 1,
    select: SUMMARY_SELECT,
    ...accessFor(options),
  })
  // A pair whose region a reader cannot read (none today: regions are public) would have no sides to show
  return (docs as PairingSummary[]).filter((doc) => typeof doc.helper === 'object' && typeof doc.helped === 'object')
}

export const listPairings = cached(readPairings, 'pairings', () => [CACHE_TAGS.pairings, CACHE_TAGS.regions])

export type PairingOverview = { pairs: PairingSummary[]; provinces: ProvinceTotal[]; flows: ProvinceFlow[] }

/** Every published pair and the same pairs rolled up by province, for the overview's map and table. */
export const getPairingOverview = cached(
  async (options: ReadOptions): Promise<PairingOverview> => {
    const pairs = await readPairings(options)
    const totals = provinceTotals(
      pairs.map((pair) => ({
        helperCode: pair.helper.code,
        helpedCode: pair.helped.code,
        fundsFen: pair.fundsFen,
        cadresSent: pair.cadresSent,
      })),
    )
    return { pairs, ...totals }
  },
  'pairing-overview',
  () => [CACHE_TAGS.pairings, CACHE_TAGS.regions],
)
