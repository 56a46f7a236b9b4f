/**
 * The view beacon under load, one phase of `npm run bench:reader`: counting views must not slow page serving. For
 * one base address (the app alone or the front): the article page alone with wrk, then the same page while a second
 * wrk sends beacons at a steady rate (each connection waits between requests), each with an address of its own in
 * X-Real-IP, as readers behind a proxy. The app alone counts them all; the front replaces that header with the
 * bench's one address, so there every beacon after the first is a repeat view (answered 204, not counted again),
 * the same work for the app. Beacons are counted in memory and written in batches (src/views).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { HELD_SECONDS, runWrkOnOpenConnections } from './openConnections'
import { parseWrk, runWrk, type WrkOptions, type WrkResult } from './wrk'

export type BeaconLoad = {
  pageAlone: WrkResult
  pageUnderBeacons: WrkResult
  /** The beacons' own run: its requests per second is the rate they arrived at, its errors any refused beacon. */
  beacons: WrkResult
}

// Many connections, each pausing half a second between beacons: a steady stream at about the rate asked, like
// readers' pages sending theirs, rather than a flood. The answer's own time adds to each pause, so the rate reached
// is a little lower under load; the report gives the rate measured.
const PAUSE_MS = 500
const connectionsFor = (rate: number) => Math.max(1, Math.round((rate * PAUSE_MS) / 1000))

const beaconScript = (body: string) => `
wrk.method = "POST"
wrk.body = '${body}'
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
local n = 0
request = function()
  n = n + 1
  wrk.headers["X-Real-IP"] = "172.16." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)
  return wrk.format()
end
delay = function()
  return ${PAUSE_MS}
end
`

const runBeacons = (url: string, body: string, rate: number, seconds: number) =>
  new Promise<WrkResult>((resolve, reject) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-')), 'beacon.lua')
    fs.writeFileSync(file, beaconScript(body))
    // wrk times a request from its start, pauses included: its default two seconds would count slow answers after a
    // pause as lost. Thirty, as for the pages.
    const args = ['--latency', '--timeout', '30s', '-t', '1', '-c', String(connectionsFor(rate)), '-d', `${seconds}s`]
    args.push('-s', file, url)
    const wrk = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    wrk.stdout.on('data', (chunk: Buffer) => (out += chunk))
    wrk.stderr.on('data', (chunk: Buffer) => (out += chunk))
    wrk.on('error', reject)
    wrk.on('exit', (code) =>
      code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk exited with ${code}:\n${out}`)),
    )
  })

export const measureBeaconLoad = async ({
  base,
  pagePath,
  articleId,
  rate,
  wrk,
  appAlone,
}: {
  base: string
  pagePath: string
  articleId: string | number
  rate: number
  wrk: Omit<WrkOptions, 'url'>
  /** The app without the front: its page runs are timed on connections it has already accepted (openConnections). */
  appAlone: boolean
}): Promise<BeaconLoad> => {
  const url = `${base}${pagePath}`
  const runPage = appAlone ? runWrkOnOpenConnections : runWrk
  const pageAlone = await runPage({ ...wrk, url })
  const body = JSON.stringify({ collection: 'articles', id: String(articleId) })
  // The beacons start with the page's wrk and last as long, the second in which it holds its first requests included.
  const [pageUnderBeacons, beacons] = await Promise.all([
    runPage({ ...wrk, url }),
    runBeacons(`${base}/api/page-views/beacon`, body, rate, wrk.seconds + (appAlone ? HELD_SECONDS : 0)),
  ])
  return { pageAlone, pageUnderBeacons, beacons }
}
