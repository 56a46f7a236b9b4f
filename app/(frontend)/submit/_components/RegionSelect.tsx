import type { RegionOption } from '@/portal/portalData'

/** Regions grouped under their province, by the first two digits of the division code. */
const byProvince = (regions: RegionOption[]) => {
  const groups = new Map<string, { name: string; regions: RegionOption[] }>()
  for (const region of regions) {
    const key = region.code.slice(0, 2)
    const group = groups.get(key) ?? { name: region.level === 'province' ? region.name : key, regions: [] }
    group.regions.push(region)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** A plain select, so it works before any script runs; `valueOf` picks what the form sends (id or code). */
export function RegionSelect({
  id,
  name,
  regions,
  value,
  valueOf,
  describedBy,
}: {
  id: string
  name: string
  regions: RegionOption[]
  value: string
  valueOf: (region: RegionOption) => string
  describedBy?: string
}) {
  return (
    <select id={id} name={name} defaultValue={value} aria-describedby={describedBy}>
      <option value="">请选择地区</option>
      {byProvince(regions).map((group) => (
        <optgroup key={group.name} label={group.name}>
          {group.regions.map((region) => (
            <option key={region.id} value={valueOf(region)}>
              {region.fullName || region.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  )
}
