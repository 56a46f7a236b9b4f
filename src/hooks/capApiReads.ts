import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

/**
 * The most one REST or GraphQL read returns: 100 documents a page (the admin's largest page size) and relations
 * populated 3 levels deep. Without it `limit=0` or `pagination=false` returned whole collections (26 MB of votes to
 * one reviewer) and `depth` walked every relation. The app's own reads go through the Local API and are not capped.
 */
export const API_READ_CAPS = { limit: 100, depth: 3 } as const

type ReadArgs = { limit?: number; pagination?: boolean; depth?: number }

const capRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const read = args as ReadArgs
  const capped: ReadArgs = {}
  if (read.pagination === false || read.limit === 0 || (read.limit ?? 0) > API_READ_CAPS.limit) {
    capped.pagination = true
    capped.limit = read.limit && read.limit <= API_READ_CAPS.limit ? read.limit : API_READ_CAPS.limit
  }
  if ((read.depth ?? 0) > API_READ_CAPS.depth) capped.depth = API_READ_CAPS.depth
  return { ...args, ...capped }
}

/** Caps every collection's API reads, the plugins' collections included (so it is listed last). */
export const capApiReads: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [capRead, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
