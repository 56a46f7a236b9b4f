import type { FieldHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'

/**
 * How much rich text one field takes. Nesting is counted in JSON levels (a node and its children list are two), so
 * 100 allows about 50 nodes deep: far past any real table in a list in a quote. The size, counted in characters of
 * its JSON, is about 1 MB: a long report with tables fits, a pasted data dump does not.
 */
export const RICH_TEXT_LIMITS = { depth: 100, characters: 1_000_000 } as const

/** What is wrong with a rich-text value, or null. Walks without recursion, so no nesting can overflow the stack. */
export const richTextExcess = (value: unknown): 'richTextTooDeep' | 'richTextTooLarge' | null => {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth >= RICH_TEXT_LIMITS.depth) return 'richTextTooDeep'
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 })
  }
  // Safe once the depth is bounded: JSON.stringify recurses.
  if (value && JSON.stringify(value).length > RICH_TEXT_LIMITS.characters) return 'richTextTooLarge'
  return null
}

/**
 * Runs before the editor's own hooks and validation, which walk the tree recursively: a 100,000-deep body made them
 * overflow the stack (a 500) and a 50 MB body held the server for seconds.
 */
export const refuseOversizedRichText: FieldHook = ({ value, req }) => {
  const excess = richTextExcess(value)
  if (excess)
    throw new UserFacingError(excess, 400, req, { characters: RICH_TEXT_LIMITS.characters.toLocaleString('en') })
  return value
}
