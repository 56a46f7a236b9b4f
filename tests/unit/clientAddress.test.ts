import { beforeAll, describe, expect, it } from 'vitest'

import { clientAddress, parseTrustedProxies } from '@/lib/clientAddress'
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from '@/lib/socketAddress.mjs'

/** A request as server.mjs hands it on: `socket` is the connection's address, the rest is what the peer sent. */
const req = (socket: string | null, headers: Record<string, string> = {}) => {
  const all = new Headers(headers)
  if (socket !== null) all.set(SOCKET_ADDRESS_HEADER, socket)
  return { headers: all }
}

const nginxOnThisMachine = parseTrustedProxies('127.0.0.1,::1')

describe('clientAddress', () => {
  beforeAll(() => {
    process.env[SOCKET_ADDRESS_MARK] = '1'
  })

  it('ignores X-Real-IP and X-Forwarded-For from a peer that is not a trusted proxy', () => {
    const forged = { 'x-real-ip': '198.51.100.1', 'x-forwarded-for': '198.51.100.2, 198.51.100.3' }
    expect(clientAddress(req('203.0.113.7', forged), nginxOnThisMachine)).toBe('203.0.113.7')
    expect(clientAddress(req('::ffff:203.0.113.7', forged), nginxOnThisMachine)).toBe('203.0.113.7')
  })

  it('takes X-Real-IP from a trusted proxy, over IPv4, IPv6 and IPv4-mapped sockets', () => {
    for (const proxy of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(clientAddress(req(proxy, { 'x-real-ip': '203.0.113.9' }), nginxOnThisMachine)).toBe('203.0.113.9')
    }
  })

  it('takes the nearest untrusted X-Forwarded-For entry, not one a client wrote in front of it', () => {
    const chain = parseTrustedProxies('127.0.0.1, 10.0.0.0/8')
    const headers = { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.1.2.3' }
    expect(clientAddress(req('127.0.0.1', headers), chain)).toBe('203.0.113.9')
  })

  it('gives a trusted proxy its own address when it names no client', () => {
    expect(clientAddress(req('127.0.0.1'), nginxOnThisMachine)).toBe('127.0.0.1')
  })

  it('trusts no proxy when the list is empty', () => {
    expect(clientAddress(req('127.0.0.1', { 'x-real-ip': '203.0.113.9' }), parseTrustedProxies(''))).toBe('127.0.0.1')
  })

  it('gives null, believing no header, when the server did not say where the request came from', () => {
    expect(clientAddress(req(null, { 'x-real-ip': '203.0.113.9' }), nginxOnThisMachine)).toBeNull()
    delete process.env[SOCKET_ADDRESS_MARK]
    expect(clientAddress(req('127.0.0.1', { 'x-real-ip': '203.0.113.9' }), nginxOnThisMachine)).toBeNull()
    process.env[SOCKET_ADDRESS_MARK] = '1'
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address or range', () => {
    expect(() => parseTrustedProxies('127.0.0.1, localhost')).toThrow('"localhost"')
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33"')
  })
})
