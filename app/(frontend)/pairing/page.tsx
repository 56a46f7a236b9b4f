import type { Metadata } from 'next'

import { PageBreadcrumb } from '@/components/PageBreadcrumb'
import { PairingList } from '@/components/pairing/PairingList'
import { ProvinceTable } from '@/components/pairing/ProvinceTable'
import { ProvinceTileMap } from '@/components/pairing/ProvinceTileMap'
import { getPairingOverview } from '@/data/pairings'
import { pageMetadata } from '@/seo/pageMetadata'

import './pairing.css'

// The build prerenders this page; a timer, not only publishes, renews it, or a restart would serve the build's copy
// until the next publish (next.config.mjs)
export const revalidate = 60

export const metadata: Metadata = pageMetadata({
  title: '对口帮扶',
  description: '福建对口帮扶、东西部协作和对口支援：谁帮扶谁，投入多少资金、实施多少项目、选派多少干部。',
  path: '/pairing',
})

/** The pairing-aid overview: a map-like picture by province, the same figures as a table, and every pair. */
export default async function PairingOverviewPage() {
  const { pairs, provinces, flows } = await getPairingOverview({})
  return (
    <article className="pairing">
      <PageBreadcrumb trail={[{ label: '对口帮扶' }]} />
      <h1>对口帮扶</h1>
      <p className="pairing-intro">
        山海协作、东西部协作和对口支援：福建的市县与省内外地区结对，投入资金、实施项目、选派干部、村企结对。
      </p>
      {pairs.length === 0 ? (
        <p className="muted">暂无对口帮扶信息</p>
      ) : (
        <>
          <ProvinceTileMap provinces={provinces} flows={flows} />
          <ProvinceTable provinces={provinces} />
          <section aria-labelledby="pairing-all">
            <h2 id="pairing-all">全部结对（{pairs.length}）</h2>
            <PairingList pairs={pairs} />
          </section>
        </>
      )}
    </article>
  )
}
