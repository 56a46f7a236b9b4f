import { revalidateTag } from 'next/cache'
import type { RequestContext } from 'payload'

/**
 * Expires the given cache tags at once, so the next reader request renders fresh data (the 'max' profile would
 * serve one stale page first). Seeding and tests pass `disableRevalidate`. Outside a Next request (a script, the
 * Local API in tests) there is no page cache to expire, and Next says so by throwing: that case is skipped.
 */
export const revalidateTags = (tags: Iterable<string>, context?: RequestContext) => {
  if (context?.disableRevalidate) return
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes('static generation store missing')) throw error
    }
  }
}
