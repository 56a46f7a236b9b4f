import * as echarts from 'echarts'

import type { ProvinceFlow, ProvinceTotal } from '@/pairing/provinceTotals'
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from '@/pairing/provinceTiles'

/** How far from a tile's centre an arrow starts and ends, in tiles: just outside the square. */
const EDGE = 0.5

const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

/** The colours the legend beside the picture names. */
export const TILE_COLOURS = { helper: '#1f4e79', helped: '#b8232f', other: '#ecebe7' } as const

export type TileMapInput = {
  provinces: ProvinceTotal[]
  flows: ProvinceFlow[]
  /** The figure printed under a province's name on the wide drawing, e.g. its funds in 万元. */
  figure: (province: ProvinceTotal) => string | null
}

// A helped province's red is lighter the less it received, so the largest recipients stand out
const shadeOf = (share: number) => {
  const mix = 0.6 + 0.4 * share
  const channel = (full: number) => Math.round(255 - (255 - full) * mix)
  return `rgb(${channel(0xb8)}, ${channel(0x23)}, ${channel(0x2f)})`
}

/**
 * Who helps whom, province by province, as a tile map rendered on the server to SVG with Apache ECharts: helping
 * provinces in blue, helped ones in red (darker for more funds), arrows from helper to helped. On a phone's width
 * tiles carry the one-character 简称 and no figures.
 */
export const renderProvinceTileMap = ({ provinces, flows, figure }: TileMapInput, narrow: boolean) => {
  const cell = narrow ? 40 : 76
  const width = cell * TILE_COLUMNS
  const height = cell * TILE_ROWS
  const fontSize = narrow ? 13 : 12
  const byPrefix = new Map(provinces.map((province) => [province.code.slice(0, 2), province]))
  const maxIn = Math.max(0, ...provinces.map((province) => province.fundsInFen ?? 0))
  const tiles = Object.entries(PROVINCE_TILES).map(([prefix, tile]) => {
    const total = byPrefix.get(prefix)
    const helper = (total?.helping ?? 0) > 0
    const helped = !helper && (total?.helped ?? 0) > 0
    const colour = helper
      ? TILE_COLOURS.helper
      : helped
        ? shadeOf(maxIn > 0 ? (total?.fundsInFen ?? 0) / maxIn : 1)
        : TILE_COLOURS.other
    const shown = !narrow && total ? figure(total) : null
    return {
      value: [tile.x, tile.y],
      itemStyle: { color: colour },
      label: {
        color: helper || helped ? '#ffffff' : '#555555',
        fontWeight: helper || helped ? 700 : 400,
        formatter: narrow ? tile.short : shown ? `${tile.name}\n${shown}` : tile.name,
      },
    }
  })
  const centre = (code: string) => {
    const tile = PROVINCE_TILES[code.slice(0, 2)]
    return tile ? [tile.x, tile.y] : null
  }
  // From the edge of one tile to the edge of the other, so an arrow never covers the names it joins
  const arrows = flows.flatMap((flow) => {
    const from = centre(flow.from)
    const to = centre(flow.to)
    if (!from || !to) return []
    const [dx, dy] = [to[0] - from[0], to[1] - from[1]]
    const inset = EDGE / Math.hypot(dx, dy)
    return [{ coords: [from.map((v, i) => v + (i ? dy : dx) * inset), to.map((v, i) => v - (i ? dy : dx) * inset)] }]
  })
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  const axis = (count: number, inverse: boolean) => ({
    type: 'value',
    min: -0.5,
    max: count - 0.5,
    inverse,
    show: false,
  })
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize },
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: axis(TILE_COLUMNS, false),
    yAxis: axis(TILE_ROWS, true),
    series: [
      {
        type: 'scatter',
        symbol: 'roundRect',
        symbolSize: cell - (narrow ? 3 : 6),
        data: tiles,
        label: { show: true, position: 'inside', fontSize, lineHeight: fontSize + 4 },
        z: 1,
      },
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        data: arrows,
        symbol: ['circle', 'arrow'],
        symbolSize: narrow ? [4, 8] : [6, 12],
        lineStyle: { color: '#f2b705', width: narrow ? 2 : 3, curveness: 0.25, opacity: 1 },
        z: 2,
      },
    ],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
