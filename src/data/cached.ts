import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { ReadOptions } from './readOptions'

/** One map per server render (React's cache): reads asked for twice in a request, e.g. by metadata and page, run once. */
const readsOfThisRequest = cache(() => new Map<string, Promise<unknown>>())

/**
 * Caches a reader's read under the given tags until a publish hook expires them (no timer). Draft previews are
 * never cached: each autosave must show at once, and drafts must not leak into the readers' cache.
 */
export const cached = <Args extends unknown[], Result>(
  read: (options: ReadOptions, ...args: Args) => Promise<Result>,
  key: string,
  tagsFor: (...args: NoInfer<Args>) => string[],
) => {
  return (options: ReadOptions, ...args: Args): Promise<Result> => {
    if (options.draft) return read(options, ...args)
    const argsKey = JSON.stringify(args)
    const reads = readsOfThisRequest()
    const memoKey = `${key}:${argsKey}`
    if (!reads.has(memoKey)) {
      reads.set(memoKey, unstable_cache(() => read({}, ...args), [key, argsKey], { tags: tagsFor(...args) })())
    }
    return reads.get(memoKey) as Promise<Result>
  }
}
