/**
 * The first `count` characters of `text`, counted by code point: a cut by UTF-16 units can split an emoji or a rare
 * character outside the BMP into a lone surrogate half, which no database stores (and the API refuses:
 * src/hooks/refuseMalformedText.ts).
 */
export const firstChars = (text: string, count: number): string => {
  const chars = Array.from(text)
  return chars.length <= count ? text : chars.slice(0, count).join('')
}
