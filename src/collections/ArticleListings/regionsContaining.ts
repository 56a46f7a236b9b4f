import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/lib/relationId'

type Id = number | string

/**
 * Each of the given regions and every region above them, with its parent (null at the top), read level by level: a
 * division is at most four deep. Inside a change, pass its request so the reads see the change's transaction.
 */
export const regionParents = async (payload: Payload, ids: Id[], req?: PayloadRequest) => {
  const parents = new Map<string, Id | null>()
  let frontier = [...new Set(ids.map(String))]
  while (frontier.length > 0) {
    const { docs } = await payload.find({
      collection: 'regions',
      where: { id: { in: frontier } },
      select: { parent: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) parents.set(String(doc.id), relationId(doc.parent) as Id | null)
    frontier = docs
      .map((doc) => relationId(doc.parent))
      .filter((id) => id != null && !parents.has(String(id)))
      .map(String)
  }
  return parents
}

/** The given regions and every region above them (永安市 gives 三明市 and 福建省 too), as ids in text. */
export const regionsContaining = async (payload: Payload, ids: Id[]): Promise<string[]> => [
  ...(await regionParents(payload, ids)).keys(),
]
