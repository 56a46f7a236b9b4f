import { renderProvinceTileMap, TILE_COLOURS } from '@/components/charts/renderProvinceTileMap'
import { formatFen } from '@/metrics/formatChinese'
import type { ProvinceFlow, ProvinceTotal } from '@/pairing/provinceTotals'

import '@/components/charts/chartFigure.css'

// A helping province shows what it gave, a helped one what it received
const fundsShown = (province: ProvinceTotal) => {
  const funds = province.helping > 0 ? province.fundsOutFen : province.fundsInFen
  return funds == null ? null : formatFen(funds)
}

/**
 * The map-like overview: provinces as tiles, drawn for a desktop's column and for a phone's (the stylesheet shows
 * one). The picture is hidden from screen readers: the table beside it carries the same figures.
 */
export function ProvinceTileMap({ provinces, flows }: { provinces: ProvinceTotal[]; flows: ProvinceFlow[] }) {
  const input = { provinces, flows, figure: fundsShown }
  return (
    <figure className="chart-figure province-map">
      <figcaption>各省（区、市）对口帮扶关系</figcaption>
      <div className="chart" aria-hidden="true">
        <div className="chart-wide" dangerouslySetInnerHTML={{ __html: renderProvinceTileMap(input, false) }} />
        <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: renderProvinceTileMap(input, true) }} />
      </div>
      <ul className="map-legend">
        <li>
          <span className="swatch" style={{ background: TILE_COLOURS.helper }} aria-hidden="true" />
          帮扶方所在省份（标注投入资金）
        </li>
        <li>
          <span className="swatch" style={{ background: TILE_COLOURS.helped }} aria-hidden="true" />
          受援方所在省份（标注获得资金，颜色越深资金越多）
        </li>
        <li>
          <span className="swatch arrow" aria-hidden="true" />
          箭头由帮扶方指向受援方
        </li>
      </ul>
    </figure>
  )
}
