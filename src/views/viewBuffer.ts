/**
 * Views waiting to be written, summed per key (document and day). Bounded: once `maxKeys` distinct keys wait, views
 * of further documents are dropped until the next flush, so a flood of made-up ids cannot exhaust memory; views of
 * documents already waiting still count.
 */
export const createViewBuffer = (maxKeys: number) => {
  let counts = new Map<string, number>()
  let views = 0
  return {
    /** False when the view was dropped because the buffer is full. */
    add(key: string, n = 1): boolean {
      const current = counts.get(key)
      if (current == null && counts.size >= maxKeys) return false
      counts.set(key, (current ?? 0) + n)
      views += n
      return true
    },
    /** Hands over everything waiting and starts empty, so views arriving during a write go into the next batch. */
    drain(): Map<string, number> {
      const taken = counts
      counts = new Map()
      views = 0
      return taken
    },
    get keys() {
      return counts.size
    },
    get views() {
      return views
    },
  }
}

export type ViewBuffer = ReturnType<typeof createViewBuffer>
