import type { User } from '@/payload-types'

/**
 * How a reader page asks for data. Readers get published versions through the cache; an editor previewing in
 * draft mode gets drafts, uncached, checked against their own access.
 */
export type ReadOptions = { draft?: boolean; user?: User | null }

export const accessFor = ({ draft = false, user = null }: ReadOptions = {}) => ({
  draft,
  user: draft ? user : null,
  overrideAccess: false,
})
