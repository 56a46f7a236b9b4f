/**
 * A seeded random source (mulberry32), so the same options build the same dataset on every machine and a figure
 * measured on one run can be compared with the next.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items (fewer when there are not that many). */
  some: <T>(items: readonly T[], count: number) => T[]
  chance: (probability: number) => boolean
}

export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const some = <T>(items: readonly T[], count: number) => {
    const pool = [...items]
    const chosen: T[] = []
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0])
    return chosen
  }
  return { next, int, pick, some, chance: (probability) => next() < probability }
}
