import { relationId } from '@/lib/relationId'

import { cached } from '../cached'
import { getPayloadClient } from '../payload'
import { accessFor, type ReadOptions } from '../readOptions'

import { placeRegions } from './placeRegions'
import { SHAPE_TAGS } from './tags'
import type { Id } from './types'
import { visibleWhere } from './visibleWhere'

/**
 * What the library holds while these campaigns' votes are open: how many cases, and the values some visible case
 * has (the filter offers only those). Counts and distinct values from the database, however many cases there are.
 */
export const libraryFacts = cached(
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
