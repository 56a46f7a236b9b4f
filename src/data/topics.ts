import type { Topic } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export const getTopic = cached(
  async (options: ReadOptions, slug: string): Promise<Topic | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'topics',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 2,
      pagination: false,
      ...accessFor(options),
    })
    return docs[0] ?? null
  },
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
