import { describe, expect, it } from 'vitest'

import { internalPath, isQueryPagePath, paramsOfSegment, queryKey } from '@/queryPages/queryPages'
import { MAX_QUERY_CHARS } from '@/search/queryLimits'

const params = (search: string) => new URLSearchParams(search)

describe('query pages: one key per question', () => {
  it('knows the case library and the search, nothing else', () => {
    expect(isQueryPagePath('/cases')).toBe(true)
    expect(isQueryPagePath('/search')).toBe(true)
    expect(isQueryPagePath('/cases/1')).toBe(false)
    expect(isQueryPagePath('/toString')).toBe(false)
    expect(isQueryPagePath('/constructor')).toBe(false)
  })

  it('keeps the known parameters in the page order whatever order the address has', () => {
    const a = queryKey('/cases', params('region=350481&type=产业帮扶&campaign=2'))
    const b = queryKey('/cases', params('campaign=2&type=产业帮扶&region=350481'))
    expect(a).toBe(b)
    expect(a).toBe(new URLSearchParams({ campaign: '2', type: '产业帮扶', region: '350481' }).toString())
  })

  it('drops unknown, blank and repeated parameters, and page numbers that are not a later page', () => {
    expect(queryKey('/cases', params('utm_source=x&fbclid=y&type=&status=excellent&status=shortlisted'))).toBe(
      'status=excellent',
    )
    for (const page of ['1', '0', '-3', '2.5', 'abc', '1e9', '']) {
      expect(queryKey('/cases', params(`page=${page}`))).toBe('')
    }
    expect(queryKey('/cases', params('page=3'))).toBe('page=3')
    expect(queryKey('/cases', params('page=0003'))).toBe('page=3')
    expect(queryKey('/search', params('q=直播带货&page=2&campaign=1'))).toBe(params('q=直播带货&page=2').toString())
  })

  it('trims and bounds each value, so no address makes an unbounded key', () => {
    expect(queryKey('/search', params('q=%20%20永安%20%20'))).toBe(params('q=永安').toString())
    const long = '直'.repeat(5000)
    expect(queryKey('/search', params(`q=${long}`))).toBe(params(`q=${'直'.repeat(MAX_QUERY_CHARS + 1)}`).toString())
    expect(queryKey('/cases', params(`type=${'x'.repeat(500)}&page=${'9'.repeat(40)}`)).length).toBeLessThan(60)
  })

  it('rewrites to an internal path whose one segment reads back as the same question', () => {
    const internal = internalPath('/search', new URLSearchParams({ q: '闽宁协作 & 100%/直播', page: '2', x: '1' }))
    expect(internal).toMatch(/^\/search\/results\/[A-Za-z0-9_-]+$/)
    const segment = internal.slice('/search/results/'.length)
    expect(paramsOfSegment('/search', segment)).toEqual({ q: '闽宁协作 & 100%/直播', page: '2' })
    expect(internalPath('/cases', params('utm_source=x'))).toBe('/cases/library/_')
    expect(paramsOfSegment('/cases', '_')).toEqual({})
  })

  it('refuses internal segments the proxy would never make', () => {
    const segmentOf = (key: string) => Buffer.from(key).toString('base64url')
    expect(paramsOfSegment('/cases', segmentOf('campaign=1&type=a'))).toEqual({ campaign: '1', type: 'a' })
    for (const key of ['type=a&campaign=1', 'page=1', 'foo=bar', 'type=+a', `status=${'s'.repeat(13)}`]) {
      expect(paramsOfSegment('/cases', segmentOf(key)), key).toBeNull()
    }
    expect(paramsOfSegment('/search', segmentOf(`q=${'永'.repeat(MAX_QUERY_CHARS + 2)}`))).toBeNull()
    for (const segment of ['', 'x', 'status%3Dexcellent', 'status=excellent', '../admin', segmentOf('')]) {
      expect(paramsOfSegment('/cases', segment), segment).toBeNull()
    }
  })
})
