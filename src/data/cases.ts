import type { Where } from 'payload'

import type { CaseSubmission } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type ShowcaseFilter = { campaign?: number | string; type?: string; region?: number | string; limit?: number }

export type ShowcaseCase = Pick<CaseSubmission, 'id' | 'title' | 'summary' | 'type' | 'region' | 'photos'>

/** Excellent cases the editors chose to publish, for the special report's showcase. */
export const listShowcaseCases = cached(
  async (options: ReadOptions, filter: ShowcaseFilter): Promise<ShowcaseCase[]> => {
    const payload = await getPayloadClient()
    const and: Where[] = [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }]
    if (filter.campaign != null) and.push({ campaign: { equals: filter.campaign } })
    if (filter.type) and.push({ type: { equals: filter.type } })
    if (filter.region != null) and.push({ region: { equals: filter.region } })
    const { docs } = await payload.find({
      collection: 'case-submissions',
      where: { and },
      sort: '-updatedAt',
      limit: filter.limit ?? 6,
      pagination: false,
      depth: 1,
      select: { title: true, summary: true, type: true, region: true, photos: true },
      ...accessFor(options),
    })
    return docs as ShowcaseCase[]
  },
  'showcase-cases',
  () => [CACHE_TAGS.cases],
)
