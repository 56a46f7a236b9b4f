import { renderBarChartPair, type BarSeries } from './renderSvgChart'

import './chartFigure.css'

/**
 * A bar chart rendered on the server, drawn for a desktop's column and for a phone's (the stylesheet shows one),
 * with a text alternative; the figures are also in a table beside it.
 */
export function SvgChart({ series, label }: { series: BarSeries; label: string }) {
  const { wide, narrow } = renderBarChartPair(series)
  return (
    <div className="chart" role="img" aria-label={label}>
      <div className="chart-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
    </div>
  )
}
