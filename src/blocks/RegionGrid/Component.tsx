import Link from 'next/link'

import type { RegionCount } from '@/data/regions'
import type { RegionGridBlock as RegionGridData } from '@/payload-types'

export function RegionGridBlock({ block, regions }: { block: RegionGridData; regions: RegionCount[] }) {
  return (
    <section className="block-regions">
      <h2>{block.heading ?? '各地动态'}</h2>
      <ul className="region-grid">
        {regions.map((region) => (
          <li key={region.id}>
            <Link href={`/regions/${region.code}`}>
              <strong>{region.name}</strong>
              <span>
                稿件 {region.articles} · 直播 {region.events}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
