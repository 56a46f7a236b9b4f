import Link from 'next/link'

import type { PairingSummary } from '@/data/pairings'
import { formatFen } from '@/metrics/formatChinese'
import { readerPaths } from '@/fields/livePreview'
import { pairingYears, programmeName } from '@/pairing/formatPairing'

import './pairingList.css'

/** Pairs as a list: the pair's name, who helps whom, since when, and the funds when reported. */
export function PairingList({ pairs, empty = '暂无对口帮扶信息' }: { pairs: PairingSummary[]; empty?: string }) {
  if (pairs.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="pairing-list">
      {pairs.map((pair) => {
        const programme = programmeName(pair.programme)
        return (
          <li key={pair.id}>
            <Link href={readerPaths.pairing(String(pair.slug))}>{pair.title}</Link>
            <p className="muted">
              <span>
                {pair.helper.name} → {pair.helped.name}
              </span>
              {programme ? <span>{programme}</span> : null}
              <span>{pairingYears(pair.startYear, pair.endYear)}</span>
              {pair.fundsFen != null ? <span>帮扶资金 {formatFen(pair.fundsFen)}</span> : null}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
