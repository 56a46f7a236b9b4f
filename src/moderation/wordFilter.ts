import { Mint } from 'mint-filter'

import { toSimplified } from '@/lib/chineseConverters'

/** A word list as editors type it: one word or phrase a line, or separated by commas or 、. */
export const parseWordList = (list: string | null | undefined): string[] => [
  ...new Set(
    (list ?? '')
      .split(/[\n,，、;；]+/)
      .map((word) => word.trim())
      .filter(Boolean),
  ),
]

// Compared in one script and one case, so 賭博 meets 赌博 and SPAM meets spam
const normal = (text: string) => toSimplified(text).toLowerCase()
// Spaces and punctuation dropped, so 赌 博 and 赌*博 meet 赌博
const lettersOnly = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * The listed words a text contains, as the list spells them. One Aho–Corasick automaton (mint-filter) over the
 * normalised list matches every word in one pass, however long the list.
 */
export const wordFilter = (words: readonly string[]) => {
  const spelled = new Map<string, string>()
  for (const word of words) {
    const key = lettersOnly(normal(word))
    if (key && !spelled.has(key)) spelled.set(key, word)
  }
  const mint = new Mint([...spelled.keys()])
  return (text: string): string[] => {
    if (spelled.size === 0) return []
    const { words: found } = mint.filter(lettersOnly(normal(text)), { replace: false })
    return [...new Set(found.map((key) => spelled.get(key) ?? key))]
  }
}

export type WordFilter = ReturnType<typeof wordFilter>
