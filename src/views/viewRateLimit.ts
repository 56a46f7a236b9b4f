export type ViewRateLimitOptions = {
  /** Views one address may add per window, across all documents. */
  perWindow: number
  windowMs: number
  /** Addresses tracked per window; past this, views from new addresses are not counted until the window ends. */
  maxAddresses: number
}

export type ViewVerdict = 'counted' | 'repeat' | 'limited'

/**
 * Keeps one reader from inflating a ranking: within a window an address counts once per document (reloading is not
 * reading again) and at most `perWindow` times in all. Windows are fixed and shared by all addresses, so the memory
 * is dropped in one go when a window ends. Readers behind one office address share its allowance, which is why the
 * window is short.
 */
export const createViewRateLimit = ({ perWindow, windowMs, maxAddresses }: ViewRateLimitOptions) => {
  let windowStart = -Infinity
  let seen = new Map<string, Set<string>>()
  return (address: string, documentKey: string, now: number): ViewVerdict => {
    if (now - windowStart >= windowMs) {
      windowStart = now
      seen = new Map()
    }
    let documents = seen.get(address)
    if (!documents) {
      if (seen.size >= maxAddresses) return 'limited'
      documents = new Set()
      seen.set(address, documents)
    }
    if (documents.has(documentKey)) return 'repeat'
    if (documents.size >= perWindow) return 'limited'
    documents.add(documentKey)
    return 'counted'
  }
}
