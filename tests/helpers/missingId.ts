import type { CollectionSlug, Payload } from 'payload'

import { idShape } from '@/lib/wellFormedId'

/** A well-formed id that no document has: a number on SQLite, a UUID on PostgreSQL, an ObjectId on MongoDB. */
export const missingId = (payload: Payload, collection: CollectionSlug = 'case-submissions'): number | string => {
  const shape = idShape(payload, collection)
  if (shape === 'number') return 999999
  return shape === 'uuid' ? '00000000-0000-4000-8000-000000000000' : '000000000000000000000000'
}
