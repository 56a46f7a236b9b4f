import * as echarts from 'echarts'
import { LRUCache } from 'lru-cache'

const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

export type BarSeries = {
  categories: string[]
  values: number[]
  color?: string
  valueLabel: (value: number) => string
  /** Bars along the side: for many categories or long names, which would crowd a row of labels. */
  horizontal?: boolean
}

/**
 * A bar chart rendered on the server as SVG with Apache ECharts: readable without JavaScript, no canvas, no
 * client bundle. The caller gives labels already formatted in Chinese units.
 */
export const renderBarChart = (
  { categories, values, color = '#b8232f', valueLabel, horizontal = false }: BarSeries,
  width = 640,
  height = horizontal ? 48 + categories.length * 32 : 320,
  fontSize = 12,
) => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  // In a phone's width the value axis would crowd its ticks: each bar carries its value, at the end of the bar
  const narrow = width < 400
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0, fontSize }, inverse: horizontal }
  // Counts never have a tick at 0.5
  const valueAxis = {
    type: 'value',
    minInterval: values.every(Number.isInteger) ? 1 : undefined,
    axisLabel: { show: !narrow, fontSize, formatter: (value: number) => valueLabel(value) },
  }
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize },
    grid: { left: 16, right: narrow ? 88 : 24, top: 24, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color },
        barMaxWidth: horizontal ? 24 : 56,
        label: {
          show: true,
          fontSize,
          position: horizontal ? 'right' : 'top',
          formatter: ({ value }: { value: number }) => valueLabel(value),
        },
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** A phone's column: a chart drawn for a desktop and scaled down to it would set its words at about 6 px. */
const NARROW_WIDTH = 320
const NARROW_FONT_SIZE = 13

type ChartPair = { wide: string; narrow: string }

/**
 * Drawing a chart costs tens of milliseconds, and a page drawn again (after a publish, or a filter of the case
 * library on each request) would draw the same figures again: the same figures give the same picture, so the newest
 * pictures are kept. Bounded, as the figures come from queries.
 */
const drawn = new LRUCache<string, ChartPair>({ max: 100 })

/**
 * The same figures drawn twice, for a desktop's column and for a phone's (bars along the side, where a row of names
 * would crowd); the stylesheet shows one of them.
 */
export const renderBarChartPair = (series: BarSeries): ChartPair => {
  const { categories, values, color, horizontal, valueLabel } = series
  const key = JSON.stringify([categories, values, values.map(valueLabel), color, horizontal])
  const known = drawn.get(key)
  if (known) return known
  const pair = {
    wide: renderBarChart(series),
    narrow: renderBarChart(
      { ...series, horizontal: true },
      NARROW_WIDTH,
      48 + categories.length * 36,
      NARROW_FONT_SIZE,
    ),
  }
  drawn.set(key, pair)
  return pair
}
