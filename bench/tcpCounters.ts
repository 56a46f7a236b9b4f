/**
 * The kernel's TCP counters that would show a tail made by the network rather than by the app: connections dropped
 * because the listen queue was full, and segments resent after a timeout (the first resend of a lost SYN comes after
 * one second). Machine-wide, so other work on the machine adds to them; a run that moved none of them had no such
 * losses. Read from /proc (Linux); elsewhere the bench records nothing.
 */
import fs from 'node:fs'

const WATCHED = {
  TcpExt: ['ListenOverflows', 'ListenDrops', 'TCPTimeouts', 'TCPSynRetrans'],
  Tcp: ['RetransSegs', 'PassiveOpens'],
} as const

export type TcpCounters = Record<string, number>

/** /proc/net/netstat and /proc/net/snmp hold pairs of lines: `Group: name name …` then `Group: value value …`. */
export const parseTcpCounters = (...files: string[]): TcpCounters => {
  const groups = new Map<string, Map<string, number>>()
  for (const file of files) {
    const lines = file.trim().split('\n')
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const [group, ...names] = lines[i].trim().split(/\s+/)
      const values = lines[i + 1].trim().split(/\s+/).slice(1).map(Number)
      groups.set(group.replace(/:$/, ''), new Map(names.map((name, index) => [name, values[index]])))
    }
  }
  const counters: TcpCounters = {}
  for (const [group, names] of Object.entries(WATCHED)) {
    for (const name of names) counters[name] = groups.get(group)?.get(name) ?? NaN
  }
  return counters
}

export const readTcpCounters = (): TcpCounters | null => {
  if (!fs.existsSync('/proc/net/netstat')) return null
  return parseTcpCounters(fs.readFileSync('/proc/net/netstat', 'utf8'), fs.readFileSync('/proc/net/snmp', 'utf8'))
}

export const tcpCountersSince = (before: TcpCounters | null): TcpCounters | null => {
  const after = readTcpCounters()
  if (!before || !after) return null
  return Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - before[name]]))
}

export const addTcpCounters = (total: TcpCounters | undefined, more: TcpCounters): TcpCounters =>
  Object.fromEntries(Object.entries(more).map(([name, n]) => [name, n + (total?.[name] ?? 0)]))
