import type { PayloadRequest } from 'payload'

import { nameKey } from '@/lib/canonicalText'

/**
 * Gives every unit already stored its name's comparison key, before the key's unique index is built. Two stored
 * names that are lookalikes of each other keep both units: the later one's key gets its id appended, so the
 * migration never fails on data people entered before lookalikes were refused.
 */
export const fillNameKeys = async (req: PayloadRequest) => {
  const { payload } = req
  const { docs } = await payload.db.find<{ id: number | string; name: string }>({
    collection: 'organizations',
    select: { name: true },
    sort: 'createdAt',
    pagination: false,
    req,
  })
  const taken = new Set<string>()
  for (const doc of docs) {
    const key = nameKey(doc.name ?? '')
    const unique = taken.has(key) ? `${key}#${doc.id}` : key
    taken.add(unique)
    await payload.db.updateOne({
      collection: 'organizations',
      id: doc.id,
      data: { nameKey: unique },
      req,
      returning: false,
    })
  }
}
