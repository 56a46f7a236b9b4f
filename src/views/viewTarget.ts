/** What a beacon may name, with its label. Only articles appear in the hot list; adding a collection here counts its views too. */
export const VIEWED = { articles: ['稿件', 'Articles'] } as const

export type ViewedCollection = keyof typeof VIEWED

export const VIEWED_COLLECTIONS = Object.keys(VIEWED) as ViewedCollection[]

export type ViewTarget = { collection: ViewedCollection; id: string }

// A SQLite row id, a PostgreSQL UUID or a MongoDB ObjectId: anything else cannot name a document on any adapter.
const ID_PATTERN = /^(?:[1-9]\d{0,14}|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

/** A beacon body `{ collection, id }` as sent by the reader pages, or null for anything else. */
export const parseViewTarget = (body: unknown): ViewTarget | null => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null
  const { collection, id } = body as Record<string, unknown>
  if (!VIEWED_COLLECTIONS.includes(collection as ViewedCollection)) return null
  const text = typeof id === 'number' ? String(id) : id
  if (typeof text !== 'string' || !ID_PATTERN.test(text)) return null
  return { collection: collection as ViewedCollection, id: text }
}

const SEPARATOR = '|'

/** One buffer key per document and Beijing day: the unit a batch writes. */
export const viewKey = (target: ViewTarget, day: string) => [target.collection, target.id, day].join(SEPARATOR)

export const parseViewKey = (key: string): ViewTarget & { day: string } => {
  const [collection, id, day] = key.split(SEPARATOR)
  return { collection: collection as ViewedCollection, id, day }
}
