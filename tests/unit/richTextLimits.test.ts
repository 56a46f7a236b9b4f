import { describe, expect, it } from 'vitest'

import { RICH_TEXT_LIMITS, richTextExcess } from '@/fields/richTextLimits'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

const nested = (levels: number) => {
  let node: Record<string, unknown> = { type: 'text', text: '段' }
  for (let i = 0; i < levels; i++) node = { type: 'quote', children: [node] }
  return { root: { type: 'root', children: [node] } }
}

describe('richTextExcess', () => {
  it('passes ordinary bodies and empty values', () => {
    expect(richTextExcess(lexicalParagraphs(['一段', '两段']))).toBeNull()
    expect(richTextExcess(nested(40))).toBeNull()
    expect(richTextExcess(null)).toBeNull()
    expect(richTextExcess(undefined)).toBeNull()
  })

  it('finds a body nested past the limit, however deep, without overflowing the stack', () => {
    expect(richTextExcess(nested(RICH_TEXT_LIMITS.depth / 2))).toBe('richTextTooDeep')
    expect(richTextExcess(nested(100_000))).toBe('richTextTooDeep')
  })

  it('finds a body larger than the limit', () => {
    expect(richTextExcess(lexicalParagraphs(['长'.repeat(RICH_TEXT_LIMITS.characters)]))).toBe('richTextTooLarge')
  })
})
