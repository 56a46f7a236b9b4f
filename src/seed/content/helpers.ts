/** Shared by the demo content modules: times in China Standard Time and the "already up to date?" check. */

// Loading the demo is no news: nothing to revalidate yet, and nobody to mail about cases the seed writes
export const context = { disableRevalidate: true, disableNotifications: true }

/** A wall-clock time in Beijing (+08:00) as the ISO string Payload stores, e.g. cst('2020-07-09T10:00'). */
export const cst = (local: string): string =>
  new Date(`${local.length === 10 ? `${local}T00:00` : local}:00+08:00`).toISOString()

const DAY = 24 * 60 * 60 * 1000

/** `days` from `from` (negative for the past) as an ISO string. */
export const daysFrom = (from: Date, days: number): string => new Date(from.getTime() + days * DAY).toISOString()

/**
 * Whether a stored document already holds every value the seed would write. Keys the seed leaves out are ignored
 * (ids, defaults, computed fields), so a second run can skip the update and the new version it would create.
 */
export const covers = (have: unknown, want: unknown): boolean => {
  if (want === undefined) return true
  if (want === null) return have == null
  if (Array.isArray(want)) {
    return Array.isArray(have) && have.length === want.length && want.every((item, i) => covers(have[i], item))
  }
  if (typeof want === 'object') {
    if (have == null || typeof have !== 'object') return false
    const stored = have as Record<string, unknown>
    return Object.entries(want).every(([key, value]) => covers(stored[key], value))
  }
  return have === want
}

/** Tally of what a run did, for the one summary line. */
export type Tally = { created: number; updated: number; unchanged: number }

export const newTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 })
