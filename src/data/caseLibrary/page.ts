import type { CaseSubmission } from '@/payload-types'

import { cached } from '../cached'
import { LIBRARY_PAGE_SIZE, pageCount } from '../caseQuery'
import { getPayloadClient } from '../payload'
import { accessFor, type ReadOptions } from '../readOptions'

import { PAGE_TAGS } from './tags'
import type { Filters, Id } from './types'
import { queryWhere } from './visibleWhere'

export type Row = Pick<
  CaseSubmission,
  'id' | 'title' | 'summary' | 'type' | 'status' | 'region' | 'campaign' | 'photos'
>

/** One page of a query's cases, most recently changed first, and how many it matches in all. */
export const libraryPage = cached(
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
