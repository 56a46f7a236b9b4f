/**
 * Names and emails as they are compared and stored, so two that look the same on screen are the same text: one unit
 * cannot register a copy of another's name with a zero-width space or fullwidth letters in it. Pure, unit-tested.
 */

/** Bidirectional formatting controls (U+202E and kin): they reorder what is shown, so a name holding one is refused. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/** Characters that render as nothing: zero-width spaces and joiners, BOM, soft hyphen, fillers. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu

export const hasBidiControl = (text: string): boolean => BIDI_CONTROL.test(text)

/**
 * One line of text as people see it: compatibility forms folded (NFKC: fullwidth Ａ and ０ become A and 0, the
 * ideographic space a space), invisible characters removed, runs of spaces made one, ends trimmed. Bidi controls
 * are removed too; callers that must refuse them check hasBidiControl on the raw text first.
 */
export const canonicalLine = (text: string): string =>
  text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()

/**
 * One line of text as it is stored and shown: invisible characters removed, spaces collapsed, ends trimmed, but
 * the characters people chose kept — Chinese names are written with fullwidth brackets （）, which NFKC would turn
 * into ASCII ones. Lookalikes are caught by comparing `nameKey`s, not by changing what is stored.
 */
export const plainLine = (text: string): string =>
  text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()

/** What two names are compared by: their canonical lines, Latin case ignored. */
export const nameKey = (text: string): string => canonicalLine(text).toLowerCase()

/** An email as accounts are matched: canonical and lowercased (Payload lowercases logins too). */
export const canonicalEmail = (text: string): string => canonicalLine(text).toLowerCase()
