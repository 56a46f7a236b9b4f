import { after } from 'next/server'
import { revalidateTag } from 'next/cache'
import type { RequestContext } from 'payload'

import { insideNextRequest } from './insideNextRequest'

/**
 * When after the answer the tags are expired again. Next counts a page fresh when it was saved after the tag's
 * expiry, even if it read its data before: a page rendered between a hook's expiry and its transaction's commit, or
 * a background regeneration already under way (the pages with a hot list are regenerated once a minute), would
 * otherwise be served with the old content until their next regeneration. Expiring again once such renders are done
 * drops what they saved: soon, and twice more for a render slowed by the publish itself or by load.
 */
export const LATER_EXPIRIES_MS = [500, 1_500, 3_000]

const expire = (tags: Set<string>) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

/**
 * Expires the given cache tags at once, so the next reader request renders fresh data (the 'max' profile would
 * serve one stale page first), and again shortly after the answer (see LATER_EXPIRIES_MS). Seeding and tests pass
 * `disableRevalidate`. Outside a Next request (a script, the Local API in tests) there is no page cache to expire:
 * that case is skipped.
 */
export const revalidateTags = (tags: Iterable<string>, context?: RequestContext) => {
  if (context?.disableRevalidate || !insideNextRequest()) return
  const unique = new Set(tags)
  expire(unique)
  after(async () => {
    let waited = 0
    for (const at of LATER_EXPIRIES_MS) {
      await new Promise((resolve) => setTimeout(resolve, at - waited))
      waited = at
      expire(unique)
    }
  })
}
