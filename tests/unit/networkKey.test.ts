import { describe, expect, it } from 'vitest'

import { networkKey } from '@/limits/networkKey'

describe('the network a limit counts an address in', () => {
  it('is the /24 of an IPv4 address', () => {
    expect(networkKey('203.0.113.9')).toBe('203.0.113.0/24')
    expect(networkKey('203.0.113.254')).toBe(networkKey('203.0.113.1'))
    expect(networkKey('203.0.114.9')).not.toBe(networkKey('203.0.113.9'))
  })

  it('is the /64 of an IPv6 address, however the address is written', () => {
    expect(networkKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(networkKey('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64')
    expect(networkKey('2001:db8:1:2::ffff')).toBe(networkKey('2001:db8:1:2:1234::'))
    expect(networkKey('2001:db8:1:3::1')).not.toBe(networkKey('2001:db8:1:2::1'))
    expect(networkKey('::1')).toBe('0:0:0:0::/64')
  })

  it('is the IPv4 /24 of an IPv4-mapped IPv6 address, in either notation', () => {
    expect(networkKey('::ffff:203.0.113.9')).toBe('203.0.113.0/24')
    expect(networkKey('::ffff:cb00:7109')).toBe('203.0.113.0/24')
  })

  it('leaves what is not an address as it is, so it still has an allowance of its own', () => {
    expect(networkKey('unknown')).toBe('unknown')
  })
})
