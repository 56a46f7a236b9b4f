import { rollUp, type CampaignFigures, type MetricSnapshot } from '@/metrics/snapshots'

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

type CampaignOutcomes = Omit<CampaignTotals, 'articles'>

/**
 * The livestream totals of a campaign's published events, rolled up from each event's current figures (kept from
 * its latest snapshot when it is saved), with the outcome figures typed on the campaign. Events and campaigns change
 * it; articles do not.
 */
const campaignOutcomes = cached(
  async (options: ReadOptions, campaignId: number | string): Promise<CampaignOutcomes> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const [campaign, events] = await Promise.all([
      payload.findByID({
        collection: 'campaigns',
        id: campaignId,
        depth: 0,
        select: { outcomes: true },
        ...access,
      }),
      payload.find({
        collection: 'livestream-events',
        where: { campaign: { equals: campaignId } },
        pagination: false,
        depth: 0,
        select: { current: true },
        ...access,
      }),
    ])
    const livestream = rollUp(
      events.docs.map((event) => ({ snapshots: event.current?.asOf ? [event.current as MetricSnapshot] : [] })),
    )
    return {
      livestream,
      casesReceived: campaign.outcomes?.casesReceived ?? null,
      excellentCases: campaign.outcomes?.excellentCases ?? null,
      visits: campaign.outcomes?.visits ?? (livestream.visits || null),
    }
  },
  'campaign-outcomes',
  (campaignId) => [CACHE_TAGS.campaign(String(campaignId)), CACHE_TAGS.events],
)

/** How many published articles belong to a campaign: one count on the articles' own campaign column. */
const campaignArticleCount = cached(
  async (options: ReadOptions, campaignId: number | string): Promise<number> => {
    const payload = await getPayloadClient()
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { campaign: { equals: campaignId } },
      ...accessFor(options),
    })
    return totalDocs
  },
  'campaign-articles',
  () => [CACHE_TAGS.articles],
)

/**
 * How many of a campaign's excellent cases readers see: the same cases the special report's showcase lists, so the
 * counter beside it agrees with it.
 */
const campaignExcellentCount = cached(
  async (options: ReadOptions, campaignId: number | string): Promise<number> => {
    const payload = await getPayloadClient()
    const { totalDocs } = await payload.count({
      collection: 'case-submissions',
      where: {
        and: [
          { campaign: { equals: campaignId } },
          { status: { equals: 'excellent' } },
          { publishedOnSite: { equals: true } },
        ],
      },
      ...accessFor(options),
    })
    return totalDocs
  },
  'campaign-excellent-cases',
  () => [CACHE_TAGS.cases],
)

/**
 * A campaign's figures for stat counters. Reads cached apart, so publishing an article recounts the articles and
 * leaves the livestream totals in the cache. Excellent cases are counted when the campaign reports no figure.
 */
export const campaignTotals = async (options: ReadOptions, campaignId: number | string): Promise<CampaignTotals> => {
  const [outcomes, articles, excellentShown] = await Promise.all([
    campaignOutcomes(options, campaignId),
    campaignArticleCount(options, campaignId),
    campaignExcellentCount(options, campaignId),
  ])
  return { ...outcomes, articles, excellentCases: outcomes.excellentCases ?? excellentShown }
}
