import { unstable_cache } from 'next/cache'

import type { ReadOptions } from './readOptions'

/**
 * Caches a reader's read under the given tags until a publish hook expires them (no timer). Draft previews are
 * never cached: each autosave must show at once, and drafts must not leak into the readers' cache.
 */
export const cached = <Args extends unknown[], Result>(
  read: (options: ReadOptions, ...args: Args) => Promise<Result>,
  key: string,
  tagsFor: (...args: Args) => string[],
) => {
  return (options: ReadOptions, ...args: Args): Promise<Result> => {
    if (options.draft) return read(options, ...args)
    return unstable_cache(() => read({}, ...args), [key, JSON.stringify(args)], { tags: tagsFor(...args) })()
  }
}
