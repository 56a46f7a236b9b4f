import { normalise } from './simplified'

export type Segment = { text: string; hit: boolean }

/**
 * For each character of the text, the normalised characters it stands for. Phrase-level conversion usually keeps
 * the length, so position i of one is position i of the other; when it does not (NFKC expands a few symbols), each
 * character is converted on its own.
 */
const normalisedChars = (chars: string[]): string[] => {
  const whole = Array.from(normalise(chars.join('')))
  return whole.length === chars.length ? whole : chars.map((char) => normalise(char))
}

/**
 * The text cut into plain and matched pieces, for the page to render as text (React escapes it; no HTML is built
 * here). Terms are normalised query terms, so a Traditional query marks Simplified text and the reverse.
 */
export const highlight = (text: string, terms: readonly string[]): Segment[] => {
  const chars = Array.from(text)
  const parts = normalisedChars(chars)
  // Where each original character starts in the normalised string, counted in code points
  const starts: number[] = []
  let normalised = ''
  let length = 0
  for (const part of parts) {
    starts.push(length)
    normalised += part
    length += Array.from(part).length
  }
  const flat = Array.from(normalised)
  const marked = new Array<boolean>(flat.length).fill(false)
  for (const term of new Set(terms)) {
    const needle = Array.from(term)
    if (needle.length === 0) continue
    for (let i = 0; i + needle.length <= flat.length; i++) {
      if (needle.every((char, j) => flat[i + j] === char)) marked.fill(true, i, i + needle.length)
    }
  }
  const segments: Segment[] = []
  chars.forEach((char, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : flat.length
    const hit = marked.slice(starts[i], end).some(Boolean)
    const last = segments[segments.length - 1]
    if (last && last.hit === hit) last.text += char
    else segments.push({ text: char, hit })
  })
  return segments
}
