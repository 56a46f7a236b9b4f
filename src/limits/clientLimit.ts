import { RateLimiterRes } from 'rate-limiter-flexible'

import { sharedLimiter } from './limiterStore'
import { networkKey } from './networkKey'

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

export type ClientLimitSpec = {
  /** Names the counts in the store; change it when the meaning of the counts changes. */
  name: string
  perAddress: number
  /** The allowance of the address's whole /24 or /64: larger, as an office or a mobile network shares it. */
  perNetwork: number
  seconds: number
}

/**
 * A limit per client address and per its network, counted on the shared store so every server process counts
 * together. `scope` narrows the count to one thing (an account, an article). Requests whose address is unknown
 * share one allowance rather than escape the limit.
 */
export const clientLimit = ({ name, perAddress, perNetwork, seconds }: ClientLimitSpec) => {
  const keys = (address: string | null, scope: string) => {
    const client = address ?? 'unknown'
    return [
      { limiter: sharedLimiter({ name: `${name}-address`, points: perAddress, seconds }), key: `${client}|${scope}` },
      {
        limiter: sharedLimiter({ name: `${name}-network`, points: perNetwork, seconds }),
        key: `${networkKey(client)}|${scope}`,
      },
    ]
  }
  return {
    /**
     * Counts one request; refused when the address or its network is past its allowance. The network counts only
     * requests its address allowed: a reader reloading a page, or one client flooding, must not use up the
     * allowance of everyone else behind the same office or mobile network.
     */
    async take(address: string | null, scope = ''): Promise<LimitVerdict> {
      for (const { limiter, key } of keys(address, scope)) {
        try {
          await (await limiter).consume(key)
        } catch (refusal) {
          // A store failure the memory insurance could not cover is a server fault, not the client's
          if (!(refusal instanceof RateLimiterRes)) throw refusal
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
        }
      }
      return { ok: true }
    },
    /** Gives back what `take` counted, for requests that turned out not to count (a successful login). */
    async refund(address: string | null, scope = ''): Promise<void> {
      await Promise.all(keys(address, scope).map(async ({ limiter, key }) => (await limiter).reward(key, 1)))
    },
  }
}

export type ClientLimit = ReturnType<typeof clientLimit>
