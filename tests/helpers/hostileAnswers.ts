/** Checks and plumbing for tests/int/hostileCorpus.test.ts: what a clear refusal is, and how the corpus is sent. */

// Each request from a /24 network of its own, so no per-address or per-network brake answers in place of the check.
let nextNetwork = 0
export const freshAddress = () => {
  const n = nextNetwork++
  return `10.${Math.floor(n / 250) % 250}.${n % 250}.1`
}
export const from = () => ({ 'X-Real-IP': freshAddress() })

export type Answer = { status: number; data: any }

/** What keeps an answer from being a refusal a client can act on (4xx, stable English message, a code), if anything. */
export const unclear = (res: Answer, label: string): string[] => {
  const [error] = res.data?.errors ?? []
  const clear =
    res.status >= 400 &&
    res.status < 500 &&
    typeof error?.message === 'string' &&
    /^[\x20-\x7e]+$/.test(error.message) &&
    typeof error.data?.code === 'string'
  return clear ? [] : [`${label} → ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`]
}

/** Runs `work` over `items` about twenty at a time: quick, without a thousand requests queued at once. */
export const inChunks = async <T, R>(items: T[], work: (item: T) => Promise<R>, size = 20): Promise<R[]> => {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  return results
}

/** A path segment as a browser sends it: lone surrogates cannot be percent-encoded, so they go as U+FFFD. */
export const segment = (text: string) => encodeURIComponent(text.toWellFormed())
