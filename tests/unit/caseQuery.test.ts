import { describe, expect, it } from 'vitest'

import {
  caseQueryHref,
  cityOf,
  countBy,
  filterCases,
  libraryOptions,
  normaliseCaseQuery,
  pageOf,
  visibleCases,
  type LibraryCase,
} from '@/data/caseQuery'

const now = new Date('2026-05-10T04:00:00Z')
const open = { opens: '2026-05-01T00:00:00Z', closes: '2026-05-20T00:00:00Z' }
const closed = { opens: '2026-04-01T00:00:00Z', closes: '2026-04-20T00:00:00Z' }

const yongan = { code: '350481', name: '永安市', parent: { code: '350400', name: '三明市' } }
const sanming = { code: '350400', name: '三明市', parent: null }
const fuding = { code: '350982', name: '福鼎市', parent: { code: '350900', name: '宁德市' } }

let next = 1
const make = (overrides: Partial<LibraryCase>): LibraryCase => ({
  id: next++,
  title: '案例',
  summary: null,
  type: '创新模式',
  status: 'excellent',
  region: null,
  campaign: { id: 1, name: '第一届', voting: closed },
  photo: null,
  ...overrides,
})

const library = [
  make({ title: '永安笋竹', region: yongan, type: '扶贫经验' }),
  make({ title: '三明林改', region: sanming, type: '政策指导' }),
  make({ title: '福鼎白茶', region: fuding }),
  make({
    title: '入围投票中',
    status: 'shortlisted',
    campaign: { id: 2, name: '第二届', voting: open },
    region: fuding,
  }),
  make({ title: '入围已截止', status: 'shortlisted', campaign: { id: 3, name: '第三届', voting: closed } }),
]
const visible = visibleCases(library, now)
const options = libraryOptions(visible)

describe('which cases the library shows', () => {
  it('shows excellent cases always and shortlisted ones only while their campaign’s vote is open', () => {
    expect(visible.map((item) => item.title)).toEqual(['永安笋竹', '三明林改', '福鼎白茶', '入围投票中'])
  })

  it('offers only filter values that some visible case has, cities of counties included', () => {
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

describe('filtering, paging and counting', () => {
  const titles = (raw: Record<string, string>) =>
    filterCases(visible, normaliseCaseQuery(raw, options)).map((item) => item.title)

  it('filters by a city including its counties, and by a county alone', () => {
    expect(titles({ region: '350400' })).toEqual(['永安笋竹', '三明林改'])
    expect(titles({ region: '350481' })).toEqual(['永安笋竹'])
  })

  it('combines campaign, type and status', () => {
    expect(titles({ status: 'shortlisted' })).toEqual(['入围投票中'])
    expect(titles({ campaign: '1', type: '创新模式' })).toEqual(['福鼎白茶'])
  })

  it('pages by twelve and shows the last page for a page past the end', () => {
    const many = Array.from({ length: 30 }, (_, index) => make({ title: `案例${index}` }))
    expect(pageOf(many, 1)).toMatchObject({ page: 1, pages: 3, total: 30 })
    expect(pageOf(many, 1).items).toHaveLength(12)
    const last = pageOf(many, 99)
    expect(last.page).toBe(3)
    expect(last.items.map((item) => item.title)).toEqual(many.slice(24).map((item) => item.title))
    expect(pageOf([], 5)).toMatchObject({ page: 1, pages: 1, items: [] })
  })

  it('counts cases per type and per city, most first', () => {
    expect(countBy(visible, cityOf)).toEqual([
      { label: '宁德市', count: 2 },
      { label: '三明市', count: 2 },
    ])
    expect(countBy(visible, (item) => item.type)[0]).toEqual({ label: '创新模式', count: 2 })
  })
})
