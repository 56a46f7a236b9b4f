import { toSimplified, toTraditional } from '@/lib/chineseConverters'

/**
 * Text helpers for pasted old pages: splitting into lines, detecting the script, and a "matching form" of each
 * line in which labels can be recognised whatever the page's script or character width.
 */

export type Script = 'simplified' | 'traditional'

/** One non-empty line of the page: as written (for output) and in matching form (for recognition). */
export type PageLine = {
  /** The line as pasted, trimmed at both ends; inner spacing kept because it separates meta fields. */
  text: string
  /** Same length as `text`, index for index: Simplified, half-width, so patterns are written once. */
  match: string
}

const charCache = new Map<string, string>()

/**
 * Converts character by character rather than phrase by phrase, and keeps a character whenever its conversion
 * would change the length: positions found in the matching form then point at the same text in the original.
 */
const toSimplifiedChar = (char: string): string => {
  const cached = charCache.get(char)
  if (cached !== undefined) return cached
  const converted = toSimplified(char)
  const result = converted.length === char.length ? converted : char
  charCache.set(char, result)
  return result
}

/** Full-width ASCII (：（）１２) and the ideographic space become their half-width forms; lengths are unchanged. */
const toHalfWidthChar = (char: string): string => {
  const code = char.charCodeAt(0)
  if (code === 0x3000) return ' '
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return char
}

/**
 * Separators lost to a wrong encoding ("2019-09-21??來源：…??責任編輯：…", "��") read as the bars they stood for,
 * so meta values and menus split there as they would at "|".
 */
const LOST_SEPARATOR = /\?{2,}|\ufffd+/g

export const toMatchForm = (text: string): string =>
  Array.from(
    text.replace(LOST_SEPARATOR, (run) => '|'.repeat(run.length)),
    (char) => toHalfWidthChar(toSimplifiedChar(char)),
  ).join('')

/** Spaces as pasted from browsers: ASCII, tabs, no-break and ideographic spaces. */
const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g

export const splitLines = (text: string): PageLine[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(EDGE_SPACE, ''))
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, match: toMatchForm(line) }))

/** Inner runs of spaces and tabs become one space: output text should not carry the page's layout. */
export const collapseSpaces = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim()

const HAN = /\p{Script=Han}/u

/**
 * Counts characters that only exist in one script: a Traditional page has many characters that change when
 * simplified and few that change when made Traditional, and the other way round. Ties (no Han text) count as
 * Simplified, the portal's usual script.
 */
export const detectScript = (text: string): Script => {
  let traditionalOnly = 0
  let simplifiedOnly = 0
  for (const char of text) {
    if (!HAN.test(char)) continue
    if (toSimplified(char) !== char) traditionalOnly += 1
    if (toTraditional(char) !== char) simplifiedOnly += 1
  }
  return traditionalOnly > simplifiedOnly ? 'traditional' : 'simplified'
}
