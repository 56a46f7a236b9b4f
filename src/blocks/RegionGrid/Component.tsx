import Link from 'next/link'

import type { ReadOptions } from '@/data/readOptions'
import { regionGrid } from '@/data/regions'
import { relationId } from '@/lib/relationId'
import type { RegionGridBlock as RegionGridData } from '@/payload-types'

export async function RegionGridBlock({ block, read }: { block: RegionGridData; read: ReadOptions }) {
  const parent = relationId(block.parent)
  const regions = parent != null ? await regionGrid(read, parent) : []
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
