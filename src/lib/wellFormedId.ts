import type { CollectionSlug, Payload } from 'payload'

/** How a collection's ids look: numbers (SQL serial ids), UUIDs (PostgreSQL here), or other text (MongoDB). */
export type IdShape = 'number' | 'uuid' | 'text'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The shape of the ids of `collection` on the database this app runs on. */
export const idShape = (payload: Payload, collection: string): IdShape => {
  const custom = payload.collections[collection as CollectionSlug]?.customIDType
  if (custom) return custom === 'number' ? 'number' : 'text'
  if (payload.db.defaultIDType === 'number') return 'number'
  return (payload.db as { idType?: string }).idType === 'uuid' ? 'uuid' : 'text'
}

/**
 * Whether `id` can name a document in a collection whose ids are `idShape`. REST turns `/articles/abc` into NaN for
 * numeric ids, and the database driver refuses NaN or Infinity with an exception (a 500), as PostgreSQL refuses a
 * UUID column any text that is not a UUID; such an address names no document, so it is a 404 like any other missing
 * one.
 */
export const isWellFormedId = (id: unknown, shape: IdShape): boolean => {
  if (shape === 'number') {
    if (typeof id === 'number') return Number.isSafeInteger(id)
    return typeof id === 'string' && /^\d{1,15}$/.test(id)
  }
  if (shape === 'uuid') return typeof id === 'string' && UUID.test(id)
  return (typeof id === 'string' && id.length > 0 && !id.includes('\u0000')) || typeof id === 'number'
}

/** An id taken from an address (`/cases/:id/…`) as the database stores it, or null when it can name no document. */
export const documentIdFrom = (raw: string, shape: IdShape): number | string | null => {
  if (!isWellFormedId(raw, shape)) return null
  return shape === 'number' ? Number(raw) : raw
}
