import { listingKey } from '@/collections/ArticleListings/listingKeys'
import { relationId } from '@/lib/relationId'
import type { Topic } from '@/payload-types'

import { listedArticles, type ArticleSummary, type Listed } from './articles'
import { campaignTotals, type CampaignTotals } from './campaignFigures'
import { listShowcaseCases, type ShowcaseCase } from './cases'
import { listEvents, type EventSummary } from './events'
import { listPairings, type PairingSummary } from './pairings'
import type { ReadOptions } from './readOptions'
import { regionGrid, type RegionCount } from './regions'
import { getTopic } from './topics'

export type LayoutBlock = NonNullable<Topic['layout']>[number]
type BlockOf<K extends LayoutBlock['blockType']> = Extract<LayoutBlock, { blockType: K }>

/** What each kind of block shows beyond its own fields; blocks not named here show only their fields. */
export type BlockData = {
  articleList: ArticleSummary[]
  regionGrid: RegionCount[]
  statCounters: CampaignTotals | null
  caseShowcase: ShowcaseCase[]
  livestreamHighlights: Listed<EventSummary>
}

export type TopicBlock = {
  [K in LayoutBlock['blockType']]: { block: BlockOf<K>; data: K extends keyof BlockData ? BlockData[K] : null }
}[LayoutBlock['blockType']]

/** `pairings`: the pairs (对口帮扶) an editor filed under this topic, listed below its blocks. */
export type TopicPage = { topic: Topic; blocks: TopicBlock[]; pairings: PairingSummary[] }

type Readers = { [K in keyof BlockData]: (read: ReadOptions, block: BlockOf<K>, topic: Topic) => Promise<BlockData[K]> }

const DEFAULT_ARTICLE_LIMIT = 8

/** How each kind of block reads its data: every read is one of the cached, tagged reads of src/data. */
const readers: Readers = {
  articleList: async (read, block, topic) => {
    const limit = block.limit ?? DEFAULT_ARTICLE_LIMIT
    const region = relationId(block.region)
    const listing =
      block.filter === 'region'
        ? region != null && listingKey.region(region)
        : block.filter === 'category'
          ? block.category != null && listingKey.category(block.category)
          : listingKey.topic(topic.id)
    return listing ? (await listedArticles(read, listing, limit)).docs : []
  },
  regionGrid: async (read, block) => {
    const parent = relationId(block.parent)
    return parent != null ? regionGrid(read, parent) : []
  },
  statCounters: async (read, block) => {
    const campaign = relationId(block.campaign)
    const computed = (block.counters ?? []).some((counter) => counter.source !== 'manual')
    return campaign != null && computed ? campaignTotals(read, campaign) : null
  },
  caseShowcase: (read, block) =>
    listShowcaseCases(read, {
      campaign: relationId(block.campaign) ?? undefined,
      type: block.caseType ?? undefined,
      region: relationId(block.region) ?? undefined,
      limit: block.limit ?? 6,
    }),
  livestreamHighlights: (read, block) => {
    const chosen = (block.events ?? []).map((event) => relationId(event)).filter((id) => id != null)
    const campaign = relationId(block.campaign)
    return listEvents(read, chosen.length ? { ids: chosen } : { campaign: campaign ?? undefined })
  },
}

const dataFor = (read: ReadOptions, block: LayoutBlock, topic: Topic): Promise<unknown> => {
  const reader = readers[block.blockType as keyof BlockData] as
    ((read: ReadOptions, block: LayoutBlock, topic: Topic) => Promise<unknown>) | undefined
  return reader ? reader(read, block, topic) : Promise.resolve(null)
}

/**
 * A special report and everything its blocks show, read in one go: the topic, then every block's data at once.
 * Blocks only render what this hands them, so the page's whole cost is here. Each read is cached under its own
 * tags (publishing an article re-reads the article lists and counts, not the livestream figures), and a read two
 * blocks share runs once per request.
 */
export const getTopicPage = async (read: ReadOptions, slug: string): Promise<TopicPage | null> => {
  const topic = await getTopic(read, slug)
  if (!topic) return null
  const layout = topic.layout ?? []
  const [data, pairings] = await Promise.all([
    Promise.all(layout.map((block) => dataFor(read, block, topic))),
    listPairings(read, { topic: topic.id }),
  ])
  return { topic, blocks: layout.map((block, index) => ({ block, data: data[index] }) as TopicBlock), pairings }
}
