import { jieba } from './jieba'
import { normalise } from './simplified'
import { STOP_WORDS } from './stopWords'

/** Runs of Chinese characters, and runs of other letters and digits; everything else (punctuation, %, _) separates. */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu
const HAN = /^\p{Script=Han}+$/u

export const isHan = (word: string) => HAN.test(word)

/** The pieces of text a token may be made of, in order. */
export const runsOf = (normalised: string): string[] => normalised.match(RUNS) ?? []

/** 直播带货 → 直播 播带 带货 */
export const bigrams = (han: string): string[] => {
  const chars = Array.from(han)
  return chars.slice(1).map((char, i) => chars[i] + char)
}

const keep = (word: string) => Array.from(word).length >= 2 && !STOP_WORDS.has(word)

/**
 * The tokens a text is indexed under. jieba's search mode gives the words, longest and their dictionary sub-words
 * (永安市 and 永安, 办公室 and 办公), with names and campaign terms kept whole. On top of those every pair of
 * adjacent Chinese characters is a token too: jieba cuts the same characters differently in different sentences
 * (永安市长 becomes 永安市 + 长, losing 市长), and a two-character query must not depend on that. Single characters
 * are not indexed: a one-character query is too vague to answer.
 */
export const indexTokens = (text: string): string[] => {
  const tokens = new Set<string>()
  for (const run of runsOf(normalise(text))) {
    const words = isHan(run) ? jieba().cutForSearch(run, true) : [run]
    for (const word of words) if (keep(word)) tokens.add(word)
    if (isHan(run)) for (const pair of bigrams(run)) if (keep(pair)) tokens.add(pair)
  }
  return [...tokens]
}

/**
 * Tokens as stored: space-separated with a space at each end, so `contains: ' 永安 '` matches the whole token on
 * every database adapter (a LIKE on SQLite, a regular expression on MongoDB). Tokens hold only letters and digits,
 * so nothing in them can act as a wildcard.
 */
export const tokenString = (tokens: Iterable<string>): string => ` ${[...tokens].join(' ')} `
