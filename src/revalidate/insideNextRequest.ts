import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external'

/**
 * Whether code runs inside a request Next serves, with a page cache to expire: the stores `revalidateTag` and `after`
 * read (and throw without). Next exports no public question for this; its `.external` modules are the ones its
 * bundler keeps as one shared instance, so app code sees the same stores as Next's own.
 */
export const insideNextRequest = (): boolean =>
  Boolean(workAsyncStorage.getStore()?.incrementalCache) && workUnitAsyncStorage.getStore() !== undefined
