import { createHash } from 'node:crypto'

import { toTraditionalSameBytes } from './convertSameBytes'

/**
 * Converted pages kept, by total length: about 24 MB (two bytes a Chinese character), some 150 pages, beside the
 * 50 MB Next keeps of the Simplified ones. A cached page converts once until its Simplified source changes.
 */
const MAX_CHARS = 12_000_000

const converted = new Map<string, string | null>()
let heldChars = 0

const keyOf = (source: string) => createHash('sha1').update(source).digest('base64')

/** toTraditionalSameBytes, remembered by a hash of the source (least recently used pages are dropped first). */
export const toTraditionalMemoised = (source: string): string | null => {
  const key = keyOf(source)
  if (converted.has(key)) {
    const hit = converted.get(key) as string | null
    converted.delete(key)
    converted.set(key, hit)
    return hit
  }
  const result = toTraditionalSameBytes(source)
  converted.set(key, result)
  heldChars += result?.length ?? 0
  for (const [oldKey, old] of converted) {
    if (heldChars <= MAX_CHARS) break
    converted.delete(oldKey)
    heldChars -= old?.length ?? 0
  }
  return result
}
