import { describe, expect, it } from 'vitest'

import { highlight } from '@/search/highlight'
import { parseQuery, whereForTerms } from '@/search/query'
import { MAX_QUERY_CHARS } from '@/search/queryLimits'
import { rank } from '@/search/rank'

const terms = (raw: string) => {
  const parsed = parseQuery(raw)
  if (!parsed.ok) throw new Error(`not a query: ${parsed.reason}`)
  return parsed.terms
}

describe('reading a query', () => {
  it('keeps campaign terms whole and finds the same terms in Traditional', () => {
    expect(terms('直播带货')).toEqual(['直播带货'])
    expect(terms('直播帶貨')).toEqual(['直播带货'])
    expect(terms('閩寧協作')).toEqual(['闽宁协作'])
  })

  it('splits a run of words so each may stand anywhere in the text', () => {
    expect(terms('永安直播带货')).toEqual(['永安', '直播带货'])
    expect(terms('永安 茶园')).toEqual(['永安', '茶园'])
  })

  it('answers two-character queries', () => {
    expect(terms('永安')).toEqual(['永安'])
    expect(terms('茶园')).toEqual(['茶园'])
  })

  it('drops function words and joins a lone character to its neighbour instead of ignoring it', () => {
    expect(terms('永安的茶园')).toEqual(['永安', '茶园'])
    expect(terms('直播带')).toEqual(['直播带'])
  })

  it('says why there is nothing to search for', () => {
    expect(parseQuery('')).toEqual({ ok: false, reason: 'empty' })
    expect(parseQuery('   ')).toEqual({ ok: false, reason: 'empty' })
    expect(parseQuery(undefined)).toEqual({ ok: false, reason: 'empty' })
    expect(parseQuery(['直播', '带货'])).toEqual({ ok: false, reason: 'empty' })
    expect(parseQuery('茶')).toEqual({ ok: false, reason: 'tooVague' })
    expect(parseQuery('的')).toEqual({ ok: false, reason: 'tooVague' })
    expect(parseQuery('永'.repeat(MAX_QUERY_CHARS + 1))).toEqual({ ok: false, reason: 'tooLong' })
    expect(parseQuery('x'.repeat(1000))).toEqual({ ok: false, reason: 'tooLong' })
  })

  it('turns hostile input into harmless terms: no wildcard, quote or pattern character survives', () => {
    for (const raw of ['%', '_', '%_%', "' OR 1=1 --", '".*"', '(a|b)+$', '<script>', '\\', '${x}']) {
      const parsed = parseQuery(raw)
      const all = parsed.ok ? parsed.terms.join('') : ''
      expect(all).toMatch(/^[\p{L}\p{N}]*$/u)
    }
    expect(terms("永安%' OR '1'='1")).toEqual(['永安', 'or'])
  })
})

describe('the database condition', () => {
  it('asks for every term, a long Chinese term as all its character pairs', () => {
    expect(whereForTerms(['永安', '直播带货', 'app'])).toEqual({
      and: [
        { tokens: { contains: ' 永安 ' } },
        { tokens: { contains: ' 直播 ' } },
        { tokens: { contains: ' 播带 ' } },
        { tokens: { contains: ' 带货 ' } },
        { tokens: { contains: ' app ' } },
      ],
    })
  })
})

describe('highlighting', () => {
  const marked = (text: string, query: string) =>
    highlight(text, terms(query))
      .filter((segment) => segment.hit)
      .map((segment) => segment.text)

  it('marks each match in the text as written', () => {
    expect(marked('“福建足迹·直播带货行”走进永安', '永安 直播带货')).toEqual(['直播带货', '永安'])
  })

  it('marks Simplified text for a Traditional query, and Traditional text for a Simplified one', () => {
    expect(marked('永安直播带货成交额创新高', '直播帶貨')).toEqual(['直播带货'])
    expect(marked('永安直播帶貨成交額創新高', '直播带货')).toEqual(['直播帶貨'])
  })

  it('returns the whole text, unchanged, as plain and marked pieces', () => {
    const text = '<b>直播带货</b> & 永安'
    const segments = highlight(text, terms('直播带货'))
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
    expect(segments).toEqual([
      { text: '<b>', hit: false },
      { text: '直播带货', hit: true },
      { text: '</b> & 永安', hit: false },
    ])
  })

  it('keeps positions right when normalising changes the length of the text', () => {
    expect(marked('㈱永安茶业', '永安')).toEqual(['永安'])
  })
})

describe('ranking', () => {
  it('puts title matches first, then excerpt matches, then the newest', () => {
    const rows = [
      { title: '茶园认购', excerpt: '永安的茶农', date: '2020-01-01' },
      { title: '新闻一则', excerpt: '其他', date: '2021-01-01' },
      { title: '永安茶园', excerpt: '', date: '2019-01-01' },
      { title: '新闻两则', excerpt: '其他', date: '2022-01-01' },
    ]
    expect(rank(rows, ['永安']).map((row) => row.title)).toEqual(['永安茶园', '茶园认购', '新闻两则', '新闻一则'])
  })
})
