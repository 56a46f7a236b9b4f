import { toTraditional } from '@/lib/chineseConverters'

const utf8Width = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4

/**
 * Simplified → Traditional that keeps every character's UTF-8 width, or null when it cannot.
 *
 * Why the width matters: the page's HTML carries React's server-component payload, whose long text rows are
 * prefixed with their length in UTF-8 bytes (`T<hex>,`); the browser hydrates from that payload, so it must be
 * converted too, and a conversion that changed a byte length would corrupt every row after it.
 *
 * OpenCC's cn → tw tables map each phrase to one of the same number of characters (checked over all of them in the
 * unit tests), so the output lines up with the input character by character. A few rare entries map a character
 * outside the Basic Multilingual Plane (4 bytes) to one inside it (3 bytes) or back; at those positions the
 * original character is kept. Should the alignment itself ever fail (a future dictionary), null tells the caller
 * to serve the Simplified page rather than a broken one.
 */
export const toTraditionalSameBytes = (source: string): string | null => {
  const converted = toTraditional(source)
  if (converted === source) return source
  let out = ''
  let kept = 0
  let i = 0
  let j = 0
  while (i < source.length && j < converted.length) {
    const from = source.codePointAt(i)!
    const to = converted.codePointAt(j)!
    const fromUnits = from > 0xffff ? 2 : 1
    const toUnits = to > 0xffff ? 2 : 1
    if (utf8Width(from) !== utf8Width(to)) {
      out += converted.slice(kept, j) + String.fromCodePoint(from)
      kept = j + toUnits
    }
    i += fromUnits
    j += toUnits
  }
  if (i !== source.length || j !== converted.length) return null
  return kept === 0 ? converted : out + converted.slice(kept)
}
