import type { Payload } from 'payload'

import { relationId } from '@/lib/relationId'

type Id = number | string

/**
 * Each given region with every region below it (a province's cities, their counties and townships), keyed by the
 * given region's id. The regions are a small table; each level below is one query.
 */
export const regionsWithin = async (payload: Payload, roots: Id[]): Promise<Map<string, Id[]>> => {
  const within = new Map(roots.map((id) => [String(id), [id]]))
  const rootOf = new Map(roots.map((id) => [String(id), String(id)]))
  let frontier = roots
  while (frontier.length > 0) {
    const { docs } = await payload.find({
      collection: 'regions',
      overrideAccess: false,
      where: { parent: { in: frontier } },
      select: { parent: true },
      depth: 0,
      pagination: false,
    })
    frontier = []
    for (const region of docs) {
      const root = rootOf.get(String(relationId(region.parent)))
      if (root == null || rootOf.has(String(region.id))) continue
      rootOf.set(String(region.id), root)
      within.get(root)?.push(region.id)
      frontier.push(region.id)
    }
  }
  return within
}
