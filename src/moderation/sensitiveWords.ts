import type { Payload } from 'payload'

import { parseWordList, wordFilter, type WordFilter } from './wordFilter'

/**
 * How long a process keeps the list it built. Saving the list forgets it at once in the process that saved it;
 * other server processes take the new list within this time.
 */
const KEPT_MS = 30_000

type Built = { filter: Promise<WordFilter>; at: number }

// One per process, whichever route bundle loaded this module
const KEY = Symbol.for('newsroom.sensitiveWords')
const holder = globalThis as typeof globalThis & { [KEY]?: Built }

export const forgetSensitiveWords = () => {
  delete holder[KEY]
}

const load = async (payload: Payload): Promise<WordFilter> => {
  const list = await payload.findGlobal({ slug: 'sensitive-words', depth: 0, overrideAccess: true })
  return wordFilter(parseWordList(list.words))
}

/** The filter of the editors' current word list, built once and kept (see KEPT_MS). */
export const sensitiveWordFilter = (payload: Payload, now = Date.now()): Promise<WordFilter> => {
  const built = holder[KEY]
  if (built && now - built.at < KEPT_MS) return built.filter
  const filter = load(payload)
  holder[KEY] = { filter, at: now }
  // A failed read is not kept: the next comment tries again
  filter.catch(() => {
    if (holder[KEY]?.filter === filter) forgetSensitiveWords()
  })
  return filter
}
