import Link from 'next/link'

import { formatFen } from '@/metrics/formatChinese'
import { countWith } from '@/pairing/formatPairing'
import type { ProvinceTotal } from '@/pairing/provinceTotals'

/** The overview's figures as a table, for every reader and for screen readers in place of the map. */
export function ProvinceTable({ provinces }: { provinces: ProvinceTotal[] }) {
  return (
    // A table wider than a phone scrolls inside its own box (reachable by keyboard), never the page
    <div className="table-scroll" role="region" aria-labelledby="province-table-caption" tabIndex={0}>
      <table className="figures province-table">
        <caption id="province-table-caption">按省份汇总（未公布的数字不计入合计）</caption>
        <thead>
          <tr>
            <th scope="col">省份</th>
            <th scope="col">帮扶结对</th>
            <th scope="col">投入资金</th>
            <th scope="col">选派干部</th>
            <th scope="col">受援结对</th>
            <th scope="col">获得资金</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((province) => (
            <tr key={province.code}>
              <th scope="row">
                <Link href={`/regions/${province.code}`}>{province.name}</Link>
              </th>
              <td>{countWith(province.helping, '对')}</td>
              <td>{province.helping > 0 ? formatFen(province.fundsOutFen) : '—'}</td>
              <td>{province.helping > 0 ? countWith(province.cadresOut, '名') : '—'}</td>
              <td>{countWith(province.helped, '对')}</td>
              <td>{province.helped > 0 ? formatFen(province.fundsInFen) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
