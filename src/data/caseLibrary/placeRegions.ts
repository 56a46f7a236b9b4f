import { relationId } from '@/lib/relationId'

import type { LibraryRegion } from '../caseQuery'
import { getPayloadClient } from '../payload'

import type { Id } from './types'

export type PlacedRegion = LibraryRegion & { id: Id }

/** The library's regions, each with the city of a county (for the filter and the chart), and every code's id. */
export const placeRegions = async (ids: Id[]) => {
  const payload = await getPayloadClient()
  const read = async (wanted: Id[]) =>
    wanted.length === 0
      ? []
      : (
          await payload.find({
            collection: 'regions',
            overrideAccess: false,
            where: { id: { in: wanted } },
            pagination: false,
            depth: 0,
            select: { code: true, name: true, level: true, parent: true },
          })
        ).docs
  const regions = await read(ids)
  const counties = regions.filter((region) => region.level === 'county')
  const cities = new Map(
    (await read(counties.map((region) => relationId(region.parent) as Id))).map((c) => [String(c.id), c]),
  )
  const codeIds = new Map<string, Id>()
  const placed: PlacedRegion[] = regions.map((region) => {
    const city = region.level === 'county' ? cities.get(String(relationId(region.parent))) : undefined
    codeIds.set(region.code, region.id)
    if (city) codeIds.set(city.code, city.id)
    return {
      id: region.id,
      code: region.code,
      name: region.name,
      parent: city ? { code: city.code, name: city.name } : null,
    }
  })
  return { placed, codeIds }
}

/** The chart's cities: a county's cases count for its city. */
export const citiesOf = (regions: PlacedRegion[]): [string, Id[]][] => {
  const cities = new Map<string, Id[]>()
  for (const region of regions) {
    const label = region.parent?.name ?? region.name
    cities.set(label, [...(cities.get(label) ?? []), region.id])
  }
  return [...cities]
}
