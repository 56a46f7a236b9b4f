import { describe, expect, it } from 'vitest'

import { caseQueryHref, chartRows, libraryOptions, normaliseCaseQuery, pageCount } from '@/data/caseQuery'

const yongan = { code: '350481', name: '永安市', parent: { code: '350400', name: '三明市' } }
const sanming = { code: '350400', name: '三明市', parent: null }
const fuding = { code: '350982', name: '福鼎市', parent: { code: '350900', name: '宁德市' } }

// What the visible cases hold, as the database hands it over (repeats and all)
const options = libraryOptions({
  campaigns: [
    { id: 2, name: '第二届' },
    { id: 1, name: '第一届' },
  ],
  types: ['扶贫经验', '政策指导', '创新模式', '创新模式'],
  regions: [yongan, sanming, fuding],
})

describe('the filter’s choices', () => {
  it('offers the values the visible cases have, sorted, cities of counties included', () => {
    expect(options.campaigns).toEqual([
      { value: '1', label: '第一届' },
      { value: '2', label: '第二届' },
    ])
    expect(options.regions.map((region) => region.value)).toEqual(['350400', '350481', '350900', '350982'])
    expect(options.types).toHaveLength(3)
  })
})

describe('reading a query from the address', () => {
  it('keeps known values', () => {
    expect(
      normaliseCaseQuery(
        { campaign: '2', type: '创新模式', region: '350982', status: 'shortlisted', page: '3' },
        options,
      ),
    ).toEqual({ campaign: '2', type: '创新模式', region: '350982', status: 'shortlisted', page: 3 })
  })

  it('reads unknown, malformed and hostile values as the defaults', () => {
    const hostile = {
      campaign: '999',
      type: '<script>alert(1)</script>',
      region: '35048',
      status: 'draft',
      page: '99999999999999999999',
    }
    expect(normaliseCaseQuery(hostile, options)).toEqual({
      campaign: null,
      type: null,
      region: null,
      status: null,
      page: 1,
    })
    for (const page of ['-2', '0', '1.5', 'abc', '', ' 2', '1e3']) {
      expect(normaliseCaseQuery({ page }, options).page, page).toBe(1)
    }
  })

  it('takes the first of repeated parameters', () => {
    expect(normaliseCaseQuery({ campaign: ['1', '2'], page: ['2', '5'] }, options)).toMatchObject({
      campaign: '1',
      page: 2,
    })
  })

  it('writes one address per choice, parameters in a fixed order, defaults left out', () => {
    const query = normaliseCaseQuery({ status: 'excellent', campaign: '1', page: '1', junk: 'x' }, options)
    expect(caseQueryHref(query)).toBe('/cases?campaign=1&status=excellent')
    expect(caseQueryHref(query, 2)).toBe('/cases?campaign=1&status=excellent&page=2')
    expect(caseQueryHref(normaliseCaseQuery({}, options))).toBe('/cases')
    expect(caseQueryHref({ ...query, type: '人物事迹&x=1' })).toContain(
      'type=%E4%BA%BA%E7%89%A9%E4%BA%8B%E8%BF%B9%26x%3D1',
    )
  })
})

describe('pages and charts', () => {
  it('pages by twelve, with one page for an empty list', () => {
    expect(pageCount(30)).toBe(3)
    expect(pageCount(24)).toBe(2)
    expect(pageCount(0)).toBe(1)
  })

  it('puts the most cases first, ties in label order, and leaves out empty bars', () => {
    expect(
      chartRows([
        { label: '三明市', count: 2 },
        { label: '宁德市', count: 2 },
        { label: '福州市', count: 0 },
        { label: '南平市', count: 5 },
      ]),
    ).toEqual([
      { label: '南平市', count: 5 },
      { label: '宁德市', count: 2 },
      { label: '三明市', count: 2 },
    ])
  })
})
