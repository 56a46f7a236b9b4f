import { describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { REQUIRED_CASE_FIELDS, SUMMARY_MAX, countPhotos, missingCaseFields } from '@/workflow/caseRequirements'

const complete = {
  campaign: 1,
  title: '安溪茶园里的致富路',
  type: '扶贫经验',
  region: { id: 7, name: '安溪县' },
  summary: '茶农合作社带动全村脱贫。',
  body: lexicalParagraphs(['第一段。', '第二段。']),
  contactPerson: '林女士',
  phone: '0595-12345678',
  email: 'lin@example.cn',
}

describe('REQUIRED_CASE_FIELDS', () => {
  it('lists the nine fields in form order, each with a Chinese name', () => {
    expect(REQUIRED_CASE_FIELDS.map((field) => field.name)).toEqual([
      'campaign',
      'title',
      'type',
      'region',
      'summary',
      'body',
      'contactPerson',
      'phone',
      'email',
    ])
    for (const field of REQUIRED_CASE_FIELDS) expect(field.zh).toMatch(/^[\u4e00-\u9fff]+$/)
    expect(SUMMARY_MAX).toBe(300)
  })
})

describe('missingCaseFields', () => {
  it('passes a complete case', () => {
    expect(missingCaseFields(complete)).toEqual([])
  })

  it('names every missing field, in form order', () => {
    expect(missingCaseFields({})).toEqual(REQUIRED_CASE_FIELDS.map((field) => field.name))
  })

  it('treats blank text (including full-width spaces), null and empty lists as missing', () => {
    expect(missingCaseFields({ ...complete, title: ' \u3000 ' })).toEqual(['title'])
    expect(missingCaseFields({ ...complete, phone: null, email: '' })).toEqual(['phone', 'email'])
    expect(missingCaseFields({ ...complete, region: [] })).toEqual(['region'])
    expect(missingCaseFields({ ...complete, region: [7] })).toEqual([])
  })

  it('treats an empty Lexical body, or one of only whitespace, as missing', () => {
    expect(missingCaseFields({ ...complete, body: { root: { children: [] } } })).toEqual(['body'])
    expect(missingCaseFields({ ...complete, body: lexicalParagraphs(['  ', '\n']) })).toEqual(['body'])
    expect(missingCaseFields({ ...complete, body: lexicalParagraphs(['', '有内容']) })).toEqual([])
  })

  it('reports a summary over 300 characters, counting each Chinese character or emoji once', () => {
    expect(missingCaseFields({ ...complete, summary: '字'.repeat(SUMMARY_MAX) })).toEqual([])
    expect(missingCaseFields({ ...complete, summary: '字'.repeat(SUMMARY_MAX + 1) })).toEqual(['summary'])
    expect(missingCaseFields({ ...complete, summary: '🍵'.repeat(SUMMARY_MAX) })).toEqual([])
    expect(missingCaseFields({ ...complete, summary: ` ${'字'.repeat(SUMMARY_MAX)} ` })).toEqual([])
  })
})

describe('countPhotos', () => {
  it('counts media ids and populated media documents', () => {
    expect(countPhotos([3, '5', { id: 8, alt: '茶园' }])).toBe(3)
  })

  it('counts array rows by their upload, not by the row id', () => {
    expect(
      countPhotos([
        { id: 'row1', image: 3 },
        { id: 'row2', image: null },
        { id: 'row3', image: { id: 9 } },
      ]),
    ).toBe(2)
  })

  it('ignores empty entries and anything that is not a list', () => {
    expect(countPhotos([null, '', '  ', undefined, {}])).toBe(0)
    expect(countPhotos(null)).toBe(0)
    expect(countPhotos(undefined)).toBe(0)
    expect(countPhotos(3)).toBe(0)
    expect(countPhotos([])).toBe(0)
  })
})
