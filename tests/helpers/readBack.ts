import type { CollectionSlug, Where } from 'payload'

/**
 * How a test reads what a burst left in the database and in the media folder: through the Local API in-process, or
 * through a restarted server's REST API. Documents come at depth 0, every field an administrator may read.
 */
export type ReadBack = {
  find: (collection: CollectionSlug, where: Where) => Promise<Record<string, any>[]>
  count: (collection: CollectionSlug, where: Where) => Promise<number>
  mediaFiles: () => string[]
}
