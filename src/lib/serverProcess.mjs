/**
 * Whether this process is the long-running server (server.mjs says so as it starts), and what must stop in order
 * before it exits. Parts that only a server needs, such as the thread that checkpoints the embedded database, start
 * only here: a script ends with process.exit, which would cut such a thread short. Kept on globalThis because
 * server.mjs and the app's bundles each load their own copy of this module.
 */
const STATE = Symbol.for('newsroom.serverProcess')

/** @returns {{ serving: boolean, stops: Set<() => Promise<void>> }} */
const state = () => (globalThis[STATE] ??= { serving: false, stops: new Set() })

export const markServing = () => {
  state().serving = true
}

export const isServing = () => state().serving

/**
 * Runs `stop` when the server stops, before it exits.
 * @param {() => Promise<void>} stop
 */
export const whenStopping = (stop) => {
  state().stops.add(stop)
}

/** Stops every part registered with whenStopping; resolves when all have stopped, whether or not they failed. */
export const stopServerParts = async () => {
  await Promise.allSettled([...state().stops].map((stop) => stop()))
}
