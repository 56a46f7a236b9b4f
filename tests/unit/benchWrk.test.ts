import { describe, expect, it } from 'vitest'

import { parseDuration, parseWrk } from '../../bench/wrk'

const clean = `Running 10s test @ http://127.0.0.1:8080/topics/fujian-zuji-2020
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.31ms  402.12us  12.04ms   88.20%
    Req/Sec    24.41k     1.93k   28.90k    71.50%
  Latency Distribution
     50%  850.00us
     75%    1.40ms
     90%    1.80ms
     99%    3.05ms
  485903 requests in 10.00s, 29.31GB read
Requests/sec:  48581.22
Transfer/sec:      2.93GB
`

const failing = `Running 2s test @ http://127.0.0.1:3000/cases
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   210.33ms   50.00ms   1.20s    90.00%
    Req/Sec    19.00      3.00     25.00     80.00%
  Latency Distribution
     50%  200.10ms
     75%  230.00ms
     90%  300.00ms
     99%    1.20s
  38 requests in 2.01s, 1.10MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 38
Requests/sec:     18.91
Transfer/sec:    560.00KB
`

describe('reading wrk --latency output', () => {
  it('takes the rate, the median and the 99th percentile in milliseconds', () => {
    expect(parseWrk(clean)).toEqual({
      requests: 485903,
      seconds: 10,
      requestsPerSecond: 48581.22,
      p50Ms: 0.85,
      p99Ms: 3.05,
      errorResponses: 0,
      socketErrors: 0,
      timeouts: 0,
    })
  })

  it('counts error responses, socket errors and timeouts, so a benchmark of error pages can be refused', () => {
    const result = parseWrk(failing)
    expect(result.errorResponses).toBe(38)
    expect(result.socketErrors).toBe(2)
    expect(result.timeouts).toBe(3)
    expect(result.p99Ms).toBe(1200)
    expect(result.p50Ms).toBeCloseTo(200.1)
  })

  it('refuses output without the latency distribution rather than report a zero', () => {
    const withoutLatency = clean.replace(/ {2}Latency Distribution[\s\S]*?99%.*\n/, '')
    expect(() => parseWrk(withoutLatency)).toThrow(/50% latency/)
  })

  it('reads every unit wrk prints', () => {
    expect(parseDuration('402.12us')).toBeCloseTo(0.40212)
    expect(parseDuration('1.50s')).toBe(1500)
    expect(parseDuration('2.00m')).toBe(120_000)
    expect(() => parseDuration('fast')).toThrow()
  })
})
