import { describe, expect, it } from 'vitest'

import { addressHash, newVoter, voterIdFrom, voterKey } from '@/voting/voterKey'

const secret = 'a-secret-for-tests-0123456789abcdef'

describe('voter cookie and key', () => {
  it('accepts its own signed cookie and refuses a forged or altered one', () => {
    const { id, cookie } = newVoter(secret)
    expect(voterIdFrom(secret, cookie)).toBe(id)
    expect(newVoter(secret).id).not.toBe(id)
    expect(voterIdFrom('another-secret-0123456789abcdef0123', cookie)).toBeNull()
    expect(voterIdFrom(secret, `x${cookie}`)).toBeNull()
    expect(voterIdFrom(secret, 'no-signature')).toBeNull()
    expect(voterIdFrom(secret, undefined)).toBeNull()
  })

  it('tells voters apart by cookie and address, without containing the address', () => {
    const key = voterKey('abc', addressHash(secret, '203.0.113.7'))
    expect(key).not.toContain('203.0.113.7')
    expect(voterKey('abc', addressHash(secret, '203.0.113.7'))).toBe(key)
    expect(voterKey('abc', addressHash(secret, '203.0.113.8'))).not.toBe(key)
    expect(voterKey('abd', addressHash(secret, '203.0.113.7'))).not.toBe(key)
    expect(addressHash('another-secret-0123456789abcdef0123', '203.0.113.7')).not.toBe(
      addressHash(secret, '203.0.113.7'),
    )
  })

  // The votes, comments and objections already stored hold these forms: a voter must stay the same voter
  it('keeps the stored forms of a voter, an address and a cookie signature', () => {
    expect(addressHash(secret, '203.0.113.7')).toBe('68d5b4d5d3a495c50cd654f5b5f961da6fac67a7f172a3f368fe84f5bc32323c')
    expect(voterKey('abc', addressHash(secret, '203.0.113.7'))).toBe(
      'ee7294d9525aa34cda422ca45a32f8cbcc3e48679a64e44f6210def05f74397b',
    )
    expect(voterIdFrom(secret, 'abc.0J7cl2ZKnNklVa9-jzq8czM_Frvnb3xekLYrFZVVmg0')).toBe('abc')
  })
})
