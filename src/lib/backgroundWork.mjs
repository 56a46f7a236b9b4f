/**
 * Work a request starts and does not wait for (the mail a change sends). A server that is stopping lets it finish
 * before it exits, so an acknowledged change does not lose its mail to a deploy. Kept on globalThis because
 * server.mjs and the app's bundles each load their own copy of this module.
 */
const PENDING = Symbol.for('newsroom.backgroundWork')

/** @returns {Set<Promise<void>>} */
const pending = () => (globalThis[PENDING] ??= new Set())

/**
 * Keeps `promise` running in the background and returns it; it must not reject (log its failures instead).
 * @param {Promise<void>} promise
 * @returns {Promise<void>}
 */
export const inBackground = (promise) => {
  const set = pending()
  set.add(promise)
  void promise.finally(() => set.delete(promise))
  return promise
}

/**
 * Resolves once no background work is left, or after `timeoutMs`, whichever comes first.
 * @param {number} timeoutMs
 */
export const backgroundWorkDone = async (timeoutMs) => {
  const deadline = Date.now() + timeoutMs
  while (pending().size > 0 && Date.now() < deadline) {
    let timer
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))
    await Promise.race([Promise.allSettled([...pending()]), timeout])
    clearTimeout(timer)
  }
}
