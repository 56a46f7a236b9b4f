import type { Where } from 'payload'

import { cached } from '../cached'
import { chartRows } from '../caseQuery'
import { getPayloadClient } from '../payload'
import { accessFor, type ReadOptions } from '../readOptions'

import { SHAPE_TAGS } from './tags'
import type { Filters, Id } from './types'
import { queryWhere } from './visibleWhere'

/**
 * The charts of a query's cases: how many of each type and in each city (a county's cases count for its city),
 * one count per bar.
 */
export const libraryCharts = cached(
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
