import { describe, expect, it } from 'vitest'

import { addTcpCounters, parseTcpCounters } from '../../bench/tcpCounters'

// Shortened from a real /proc/net/netstat and /proc/net/snmp: the groups come in name and value lines, in any order.
const netstat = `TcpExt: SyncookiesSent ListenOverflows ListenDrops TCPTimeouts TCPSynRetrans
TcpExt: 0 7 9 2 1
IpExt: InNoRoutes InTruncatedPkts
IpExt: 0 0
`
const snmp = `Ip: Forwarding DefaultTTL
Ip: 1 64
Tcp: RtoAlgorithm RtoMin ActiveOpens PassiveOpens RetransSegs
Tcp: 1 200 8394 2510 559
`

describe('the TCP counters recorded around the reader bench runs', () => {
  it('reads each watched counter from its own group', () => {
    expect(parseTcpCounters(netstat, snmp)).toEqual({
      ListenOverflows: 7,
      ListenDrops: 9,
      TCPTimeouts: 2,
      TCPSynRetrans: 1,
      RetransSegs: 559,
      PassiveOpens: 2510,
    })
  })

  it('marks a counter this kernel does not report as unknown rather than zero', () => {
    expect(parseTcpCounters(snmp).ListenOverflows).toBeNaN()
  })

  it('adds the counters of several runs up', () => {
    const run = parseTcpCounters(netstat, snmp)
    expect(addTcpCounters(addTcpCounters(undefined, run), run).ListenDrops).toBe(18)
  })
})
