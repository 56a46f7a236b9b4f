import type { Where } from 'payload'

import type { LivestreamEvent } from '@/payload-types'

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

export type EventFilter = { campaign?: number | string; ids?: (number | string)[]; region?: number | string }

export type EventSummary = Pick<
  LivestreamEvent,
  'id' | 'title' | 'slug' | 'startsAt' | 'region' | 'current' | 'snapshots' | 'guests'
>

/** Events with their figures, earliest first (the order of a tour). */
export const listEvents = cached(
  async (options: ReadOptions, filter: EventFilter): Promise<EventSummary[]> => {
    const payload = await getPayloadClient()
    const and: Where[] = []
    if (filter.campaign != null) and.push({ campaign: { equals: filter.campaign } })
    if (filter.ids?.length) and.push({ id: { in: filter.ids } })
    if (filter.region != null) and.push({ region: { equals: filter.region } })
    const { docs } = await payload.find({
      collection: 'livestream-events',
      where: { and },
      sort: 'startsAt',
      limit: 100,
      pagination: false,
      depth: 1,
      select: { title: true, slug: true, startsAt: true, region: true, current: true, snapshots: true, guests: true },
      ...accessFor(options),
    })
    return docs as EventSummary[]
  },
  'events',
  () => [CACHE_TAGS.events],
)
