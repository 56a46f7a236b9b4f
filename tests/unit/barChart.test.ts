import { describe, expect, it } from 'vitest'

import { renderBarChartPair } from '@/components/charts/renderSvgChart'

const series = (values: number[]) => ({
  categories: ['福州', '厦门', '莆田'],
  values,
  valueLabel: (value: number) => `${value}万元`,
})

describe('bar charts drawn on the server', () => {
  it('draws both widths as SVG with the figures in Chinese units', () => {
    const { wide, narrow } = renderBarChartPair(series([120, 80, 45]))
    for (const svg of [wide, narrow]) {
      expect(svg).toMatch(/^<svg/)
      expect(svg).toContain('120万元')
      expect(svg).toContain('莆田')
    }
  })

  it('draws the same figures once: a page rendered again gets the picture already drawn', () => {
    const first = renderBarChartPair(series([7, 8, 9]))
    const started = performance.now()
    const again = renderBarChartPair(series([7, 8, 9]))
    expect(performance.now() - started).toBeLessThan(5)
    expect(again).toBe(first)
    expect(renderBarChartPair(series([7, 8, 10]))).not.toBe(first)
    // The same numbers shown in other words are another picture
    const other = renderBarChartPair({ ...series([7, 8, 9]), valueLabel: (value: number) => `${value}个` })
    expect(other.wide).toContain('9个')
  })
})
