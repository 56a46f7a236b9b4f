import { describe, expect, it } from 'vitest'

import { checksFor, formatReport, median, summarise, type Row } from '../../bench/report'
import type { WrkResult } from '../../bench/wrk'

const run = (requestsPerSecond: number, p99Ms: number, errorResponses = 0): WrkResult => ({
  requests: requestsPerSecond * 10,
  seconds: 10,
  requestsPerSecond,
  p50Ms: p99Ms / 4,
  p99Ms,
  errorResponses,
  socketErrors: 0,
  timeouts: 0,
})

const rows: Row[] = [
  { via: 'static', page: 'topic (file)', path: '/t', figures: summarise([run(40_000, 3)]) },
  { via: 'app', page: 'topic', path: '/t', figures: summarise([run(2400, 40)]) },
  { via: 'app', page: 'cases', path: '/cases', missing: 'HTTP 404' },
  { via: 'front', page: 'topic', path: '/t', figures: summarise([run(30_000, 9)]) },
]

const outcome = { rows, rssMb: 350, firstRenderMs: 90, frontVisibleMs: 1100 }

const verdict = (what: string) => checksFor(outcome).find((check) => check.what === what)

describe('the benchmark against the targets', () => {
  it('compares each page with the static file: 2400 of 40000 req/s is 0.06, over the 0.05 wanted', () => {
    expect(verdict('app topic req/s vs static')).toMatchObject({ measured: '0.060', met: true })
    expect(verdict('front topic req/s vs static')).toMatchObject({ measured: '0.750', met: false })
    expect(verdict('app topic p99')).toMatchObject({ met: true })
    expect(verdict('front topic p99')).toMatchObject({ met: true })
  })

  it('counts a missing page as a missed target, not as a skipped one', () => {
    expect(verdict('app cases')).toMatchObject({ measured: 'missing (HTTP 404)', met: false })
  })

  it('judges memory, the first render and the front after a publish', () => {
    expect(verdict('app memory (RSS)')?.met).toBe(true)
    expect(verdict('first render after publish')?.met).toBe(true)
    expect(verdict('front shows the edit after')).toMatchObject({ measured: '1100.0 ms', met: false })
    expect(
      checksFor({ ...outcome, firstRenderMs: null }).find((c) => c.what === 'first render after publish'),
    ).toMatchObject({
      measured: 'not measured',
      met: false,
    })
  })

  it('takes medians of repeated runs and adds up their errors, so one bad run still shows', () => {
    const figures = summarise([run(100, 10), run(300, 30, 2), run(200, 20)])
    expect(figures).toMatchObject({ requestsPerSecond: 200, p99Ms: 20, errorResponses: 2, runs: 3 })
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(verdict('app topic errors')?.met).toBe(true)
  })

  it('prints a row per page with its share of the static rate and a verdict per target', () => {
    const report = formatReport(outcome)
    expect(report).toMatch(/app\s+topic\s+2400\s+0\.060\s+10\.00\s+40\.00\s+0\s+0\s+1/)
    expect(report).toMatch(/app\s+cases\s+MISSING: HTTP 404/)
    expect(report).toMatch(/front topic req\/s vs static\s+0\.750\s+≥ 0\.8\s+MISSED/)
  })
})
