import { describe, expect, it } from 'vitest'

import { documentIdFrom, isWellFormedId } from '@/lib/wellFormedId'

describe('ids taken from an address', () => {
  it('reads numeric ids as numbers and refuses what no numeric id looks like', () => {
    expect(documentIdFrom('42', 'number')).toBe(42)
    for (const raw of ['abc', '1e3', '', '9999999999999999']) expect(documentIdFrom(raw, 'number')).toBeNull()
  })

  it('refuses anything but a UUID where ids are UUIDs, which PostgreSQL would answer with an error', () => {
    const id = '3f2b8c1e-9a4d-4e6f-8b21-0c5d7e9f1a2b'
    expect(documentIdFrom(id, 'uuid')).toBe(id)
    expect(documentIdFrom(id.toUpperCase(), 'uuid')).toBe(id.toUpperCase())
    for (const raw of ['999999', 'abc', `${id}x`, '']) expect(documentIdFrom(raw, 'uuid')).toBeNull()
  })

  it('takes any other text where ids are text (MongoDB)', () => {
    expect(documentIdFrom('65a1f0c2e4b0a1b2c3d4e5f6', 'text')).toBe('65a1f0c2e4b0a1b2c3d4e5f6')
    expect(isWellFormedId('a\u0000b', 'text')).toBe(false)
  })
})
