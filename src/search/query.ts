import type { Where } from 'payload'

import { jieba } from './jieba'
import { MAX_QUERY_CHARS } from './queryLimits'
import { normalise } from './simplified'
import { STOP_WORDS } from './stopWords'
import { bigrams, isHan, runsOf } from './tokenize'

/** Each term is one or more conditions; this bounds the query the database gets. */
export const MAX_TERMS = 8

export type ParsedQuery = { ok: true; terms: string[] } | { ok: false; reason: 'empty' | 'tooLong' | 'tooVague' }

/**
 * A Chinese run becomes jieba's words (永安直播带货 → 永安, 直播带货), so each may stand anywhere in a text. Stop
 * words go; a character left on its own is joined to the word beside it (直播带 → 直播带), because alone it would
 * match almost everything and dropping it would ignore what the reader typed.
 */
const hanTerms = (run: string): string[] => {
  const groups: string[][] = [[]]
  for (const word of jieba().cut(run, true)) {
    if (STOP_WORDS.has(word)) groups.push([])
    else groups[groups.length - 1].push(word)
  }
  const terms: string[] = []
  for (const words of groups) {
    const merged: string[] = []
    for (const word of words) {
      const last = merged.length - 1
      if (last >= 0 && (Array.from(word).length === 1 || Array.from(merged[last]).length === 1)) merged[last] += word
      else merged.push(word)
    }
    terms.push(...merged)
  }
  return terms.filter((term) => Array.from(term).length >= 2)
}

/** What a reader typed, as the terms every result must contain; or why there is nothing to search for. */
export const parseQuery = (raw: unknown): ParsedQuery => {
  const text = typeof raw === 'string' ? raw.trim() : ''
  if (text === '') return { ok: false, reason: 'empty' }
  if (Array.from(text).length > MAX_QUERY_CHARS) return { ok: false, reason: 'tooLong' }
  const terms = new Set<string>()
  for (const run of runsOf(normalise(text))) {
    const found = isHan(run) ? hanTerms(run) : Array.from(run).length >= 2 && !STOP_WORDS.has(run) ? [run] : []
    for (const term of found) terms.add(term)
  }
  if (terms.size === 0) return { ok: false, reason: 'tooVague' }
  return { ok: true, terms: [...terms].slice(0, MAX_TERMS) }
}

const hasToken = (token: string): Where => ({ tokens: { contains: ` ${token} ` } })

/**
 * Every term must match. A Chinese term matches when all its character pairs are tokens of the document (直播带货:
 * 直播, 播带, 带货), which holds wherever the characters stand together, however jieba cut that sentence; other
 * terms match a whole token.
 */
export const whereForTerms = (terms: string[]): Where => ({
  and: terms.flatMap((term) =>
    isHan(term) && Array.from(term).length > 2 ? bigrams(term).map(hasToken) : [hasToken(term)],
  ),
})
