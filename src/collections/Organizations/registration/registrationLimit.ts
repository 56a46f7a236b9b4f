/**
 * At most a few registrations per address an hour, so one client cannot fill the unit list with junk. Counted in
 * this server's memory: a restart forgets, and several instances count apart, which is acceptable for a brake.
 */
export const REGISTRATIONS_PER_HOUR = 5
const HOUR_MS = 60 * 60 * 1000

export type Attempts = Map<string, number[]>

/**
 * Records an attempt by `address` at `now` unless it is over the limit. Returns the seconds to wait when refused.
 * Addresses are unknown when no proxy sets them; those share one allowance rather than escape the limit.
 */
export const takeRegistrationSlot = (
  attempts: Attempts,
  address: string | null,
  now: number,
  limit = REGISTRATIONS_PER_HOUR,
): { ok: true } | { ok: false; retryAfterSeconds: number } => {
  const key = address ?? 'unknown'
  const recent = (attempts.get(key) ?? []).filter((at) => now - at < HOUR_MS)
  if (recent.length >= limit) {
    attempts.set(key, recent)
    return { ok: false, retryAfterSeconds: Math.ceil((recent[0] + HOUR_MS - now) / 1000) }
  }
  recent.push(now)
  attempts.set(key, recent)
  // Forget addresses whose window has passed, so the map does not grow with every client ever seen.
  if (attempts.size > 10_000) {
    for (const [other, times] of attempts) if (times.every((at) => now - at >= HOUR_MS)) attempts.delete(other)
  }
  return { ok: true }
}

/** One map per process: Next may load this module once per route bundle, so it lives on globalThis. */
export const registrationAttempts = (): Attempts => {
  const holder = globalThis as typeof globalThis & { __registrationAttempts?: Attempts }
  holder.__registrationAttempts ??= new Map()
  return holder.__registrationAttempts
}
