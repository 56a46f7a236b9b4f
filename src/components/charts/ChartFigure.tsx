import { renderBarChartPair } from './renderSvgChart'

import './chartFigure.css'

// Hidden from sight, not from screen readers: the table carries the figures the picture shows.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const

export type ChartRow = { label: string; value: number }

const drawBarChart = (rows: ChartRow[], valueLabel: (value: number) => string) =>
  renderBarChartPair({
    categories: rows.map((row) => row.label),
    values: rows.map((row) => row.value),
    valueLabel,
    horizontal: rows.length > 6,
  })

/**
 * A captioned bar chart rendered on the server, with its figures in a table only screen readers see (the picture
 * itself is hidden from them, so nothing is read twice). Readable without JavaScript.
 */
export function BarChartFigure({
  caption,
  rows,
  labelHeading,
  valueHeading,
  valueLabel = (value) => value.toLocaleString('zh-CN'),
}: {
  caption: string
  rows: ChartRow[]
  labelHeading: string
  valueHeading: string
  valueLabel?: (value: number) => string
}) {
  if (rows.length === 0) return null
  const svg = drawBarChart(rows, valueLabel)
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <div className="chart" aria-hidden="true">
        <div className="chart-wide" dangerouslySetInnerHTML={{ __html: svg.wide }} />
        <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: svg.narrow }} />
      </div>
      <table style={visuallyHidden}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{valueLabel(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
