import type { Article, LivestreamEvent, PairingAid, Topic } from '@/payload-types'

import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

type BySlug = { articles: Article; topics: Topic; 'livestream-events': LivestreamEvent; 'pairing-aids': PairingAid }

/** One published (or, in preview, draft) document by its slug, with its relations populated two levels deep. */
export const findBySlug = async <C extends keyof BySlug>(
  collection: C,
  options: ReadOptions,
  slug: string,
): Promise<BySlug[C] | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    pagination: false,
    ...accessFor(options),
  })
  return (docs[0] as BySlug[C] | undefined) ?? null
}
