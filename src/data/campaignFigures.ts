import { rollUp, type CampaignFigures } from '@/metrics/snapshots'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type CampaignTotals = {
  livestream: CampaignFigures
  articles: number
  casesReceived: number | null
  excellentCases: number | null
  visits: number | null
}

/**
 * A campaign's figures for stat counters: livestream totals rolled up from its published events' latest snapshots,
 * its article count, and the typed outcome figures. Counted cases replace the typed ones once submissions exist.
 */
export const campaignTotals = cached(
  async (options: ReadOptions, campaignId: number | string): Promise<CampaignTotals> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const [campaign, events, articles] = await Promise.all([
      payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, ...access }),
      payload.find({
        collection: 'livestream-events',
        where: { campaign: { equals: campaignId } },
        pagination: false,
        depth: 0,
        select: { snapshots: true },
        ...access,
      }),
      payload.count({ collection: 'articles', where: { campaign: { equals: campaignId } }, ...access }),
    ])
    const livestream = rollUp(events.docs)
    return {
      livestream,
      articles: articles.totalDocs,
      casesReceived: campaign.outcomes?.casesReceived ?? null,
      excellentCases: campaign.outcomes?.excellentCases ?? null,
      visits: campaign.outcomes?.visits ?? (livestream.visits || null),
    }
  },
  'campaign-totals',
  (campaignId) => [CACHE_TAGS.campaign(String(campaignId)), CACHE_TAGS.events, CACHE_TAGS.articles],
)
