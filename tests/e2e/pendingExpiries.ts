import { LATER_EXPIRIES_MS } from '@/revalidate/revalidateTags'

/**
 * Resolves once publishes made before (by earlier tests) can no longer expire pages: cache tags are expired again a
 * few seconds after a publish's answer. A test that expects a page to stay the one cached copy starts after this.
 */
export const afterPendingExpiries = () =>
  new Promise((resolve) => setTimeout(resolve, Math.max(...LATER_EXPIRIES_MS) + 500))
