import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Group commit: items submitted while a batch is being written wait together and are written as the next batch,
 * in one call of `writeBatch` (one transaction, one disk sync). Nothing waits for a timer: each batch is taken after
 * one turn of the event loop, so the requests already received join it, and under load batches grow by themselves
 * to whatever arrived meanwhile. The turn matters because the SQLite driver runs statements synchronously: a batch
 * started at once would hold the first item only, and the next request would arrive after it was written.
 *
 * `writeBatch` returns one result per item, in order. When it throws, each item of the batch is written again on
 * its own, so one bad item cannot fail the others; a single item's error goes to its caller.
 */
export const groupCommit = <Item, Result>(
  writeBatch: (items: Item[]) => Promise<Result[]>,
  { maxBatch = 500 }: { maxBatch?: number } = {},
) => {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }
  let waiting: Waiting[] = []
  let writing = false

  const writeAlone = async (entry: Waiting) => {
    try {
      const [result] = await writeBatch([entry.item])
      entry.resolve(result)
    } catch (error) {
      entry.reject(error)
    }
  }

  const drain = async () => {
    writing = true
    for (;;) {
      await nextTurn()
      if (waiting.length === 0) break
      const batch = waiting.slice(0, maxBatch)
      waiting = waiting.slice(batch.length)
      try {
        const results = await writeBatch(batch.map((entry) => entry.item))
        batch.forEach((entry, index) => entry.resolve(results[index]))
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error)
        else for (const entry of batch) await writeAlone(entry)
      }
    }
    writing = false
  }

  return (item: Item): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      if (!writing) void drain()
    })
}
