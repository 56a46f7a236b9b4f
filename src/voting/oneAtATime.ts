/**
 * Runs tasks one after another in this process. SQLite has one writer, and a write transaction that finds the
 * database busy fails at once (the busy timeout does not reach the connections transactions open); queueing the
 * vote writes here turns a burst of votes into a short queue instead of refusals. MongoDB loses nothing by it.
 */
export const oneAtATime = () => {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
