/**
 * wrk against the app alone, timed on connections the app has already accepted.
 *
 * wrk opens all its connections at once and times each request from the moment it writes it. Node (libuv 1.45 and
 * later, so Node 20) accepts one new connection per turn of its event loop, and a loop that is serving the
 * connections it already has turns only every few tens of milliseconds: the last of 64 connections waited seconds in
 * the kernel's accept queue before its first request was read. wrk then adds its latency correction (a sample every
 * expected interval below each slow one), so those 64 first answers became a few per cent of the samples: the
 * one-second tail of the app's p99 (bench/README.md). Here each connection's first request waits one second while
 * the idle app accepts them all, the run lasts one second longer, and the rate is counted over the measured seconds.
 * The script costs wrk a Lua call per request: nothing at the app's rates, too much for nginx's, which needs no hold.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runWrk, type WrkOptions } from './wrk'

/** How long the first requests are held, and so how much longer than asked the run lasts. */
export const HELD_SECONDS = 1

/** wrk gives each thread connections ÷ threads; each connection's first call of delay() comes before its first request. */
const holdScript = (connectionsPerThread: number) => `
local first = ${connectionsPerThread}
delay = function()
  if first > 0 then
    first = first - 1
    return ${HELD_SECONDS * 1000}
  end
  return 0
end
`

export const runWrkOnOpenConnections = async (options: WrkOptions) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wrk-open-'))
  const script = path.join(folder, 'hold.lua')
  fs.writeFileSync(script, holdScript(Math.floor(options.connections / options.threads)))
  try {
    const result = await runWrk({ ...options, seconds: options.seconds + HELD_SECONDS, script })
    const measuredSeconds = result.seconds - HELD_SECONDS
    return { ...result, seconds: measuredSeconds, requestsPerSecond: result.requests / measuredSeconds }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
