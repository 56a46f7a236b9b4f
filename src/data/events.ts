import type { Where } from 'payload'

import type { LivestreamEvent } from '@/payload-types'

import type { Listed } from './articles'
import { cached } from './cached'
import { findBySlug } from './findBySlug'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export const getEvent = cached(
  (options: ReadOptions, slug: string) => findBySlug('livestream-events', options, slug),
  'event',
  (slug) => [CACHE_TAGS.event(slug)],
)

export type EventFilter = { campaign?: number | string; ids?: (number | string)[] }

export type EventSummary = Pick<LivestreamEvent, 'id' | 'title' | 'slug' | 'startsAt' | 'region' | 'current'>

/** A table of events is read to this length; a campaign with more says how many it has. */
export const EVENT_LIST_LIMIT = 100

/** Events with their current figures, earliest first (the order of a tour), and how many match in all. */
export const listEvents = cached(
  async (options: ReadOptions, filter: EventFilter): Promise<Listed<EventSummary>> => {
    const payload = await getPayloadClient()
    const and: Where[] = []
    if (filter.campaign != null) and.push({ campaign: { equals: filter.campaign } })
    if (filter.ids?.length) and.push({ id: { in: filter.ids } })
    const { docs, totalDocs } = await payload.find({
      collection: 'livestream-events',
      where: { and },
      sort: 'startsAt',
      limit: EVENT_LIST_LIMIT,
      depth: 1,
      select: { title: true, slug: true, startsAt: true, region: true, current: true },
      ...accessFor(options),
    })
    return { docs: docs as EventSummary[], total: totalDocs }
  },
  'events',
  () => [CACHE_TAGS.events],
)
