import { describe, expect, it } from 'vitest'

import { newVoterCookie, voterIdFrom, voterKey } from '@/voting/voterKey'

const secret = 'a-secret-for-tests-0123456789abcdef'

describe('voter cookie and key', () => {
  it('accepts its own signed cookie and refuses a forged or altered one', () => {
    const cookie = newVoterCookie(secret)
    const id = voterIdFrom(secret, cookie)
    expect(id).toBeTruthy()
    expect(voterIdFrom('another-secret-0123456789abcdef0123', cookie)).toBeNull()
    expect(voterIdFrom(secret, `x${cookie}`)).toBeNull()
    expect(voterIdFrom(secret, 'no-signature')).toBeNull()
    expect(voterIdFrom(secret, undefined)).toBeNull()
  })

  it('tells voters apart by cookie and address, without containing the address', () => {
    const key = voterKey(secret, 'abc', '203.0.113.7')
    expect(key).not.toContain('203.0.113.7')
    expect(voterKey(secret, 'abc', '203.0.113.7')).toBe(key)
    expect(voterKey(secret, 'abc', '203.0.113.8')).not.toBe(key)
    expect(voterKey(secret, 'abd', '203.0.113.7')).not.toBe(key)
  })
})
