import type { Topic } from '@/payload-types'

import { cached } from './cached'
import { findBySlug } from './findBySlug'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export const getTopic = cached(
  (options: ReadOptions, slug: string) => findBySlug('topics', options, slug),
  'topic',
  (slug) => [CACHE_TAGS.topic(slug)],
)

export type TopicSummary = Pick<Topic, 'id' | 'title' | 'slug' | 'intro' | 'publishedAt'>

export const listTopics = cached(
  async (options: ReadOptions): Promise<TopicSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      sort: '-publishedAt',
      limit: 20,
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, intro: true, publishedAt: true },
      ...accessFor(options),
    })
    return docs as TopicSummary[]
  },
  'topics',
  () => [CACHE_TAGS.topics],
)
