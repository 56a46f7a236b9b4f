import * as echarts from 'echarts'

const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

export type BarSeries = {
  categories: string[]
  values: number[]
  color?: string
  valueLabel: (value: number) => string
}

/**
 * A bar chart rendered on the server as SVG with Apache ECharts: readable without JavaScript, no canvas, no
 * client bundle. The caller gives labels already formatted in Chinese units.
 */
export const renderBarChart = (
  { categories, values, color = '#b8232f', valueLabel }: BarSeries,
  width = 640,
  height = 320,
) => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 16, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => valueLabel(value) } },
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color },
        barMaxWidth: 56,
        label: { show: true, position: 'top', formatter: ({ value }: { value: number }) => valueLabel(value) },
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
