/**
 * View beacon under load, against a running server (e.g. `npm run demo`, or the production front):
 *   npx tsx bench/beacon.ts --url http://localhost:3000 --page /articles/<slug> --id <article id>
 * 1. the article page alone with wrk; 2. beacons alone with wrk, each from a new address so every one is counted;
 * 3. the page again while beacons arrive at --rate per second from this process. Prints requests per second and
 * p99 of each and the page's ratio under beacons to alone: counting must not cost page serving more than the CPU the
 * beacons themselves take (no re-render, no write per view).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { parseWrk, runWrk, type WrkResult } from './wrk'

const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    page: { type: 'string' },
    id: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    rate: { type: 'string', default: '200' },
  },
})
if (!options.page || !options.id) {
  console.error('usage: npx tsx bench/beacon.ts --url <base> --page /articles/<slug> --id <article id>')
  process.exit(2)
}
const seconds = Number(options.seconds)
const connections = Number(options.connections)
const threads = Number(options.threads)
const pageUrl = new URL(options.page, options.url).href
const beaconUrl = new URL('/api/page-views/beacon', options.url).href
const body = JSON.stringify({ collection: 'articles', id: options.id })

// A new X-Real-IP per request, as if each beacon came from another reader behind the proxy.
const script = `
wrk.method = "POST"
wrk.body = '${body}'
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
local n = 0
request = function()
  n = n + 1
  wrk.headers["X-Real-IP"] = "10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)
  return wrk.format()
end
`

const beaconWrk = () =>
  new Promise<WrkResult>((resolve, reject) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-')), 'beacon.lua')
    fs.writeFileSync(file, script)
    const args = ['--latency', '-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '-s', file]
    const wrk = spawn('wrk', [...args, beaconUrl], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    wrk.stdout.on('data', (chunk: Buffer) => (out += chunk))
    wrk.stderr.on('data', (chunk: Buffer) => (out += chunk))
    wrk.on('error', reject)
    wrk.on('exit', (code) =>
      code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk exited with ${code}:\n${out}`)),
    )
  })

/** Sends `rate` beacons a second until stopped, from addresses of their own; returns how many were answered 204. */
const beaconStream = (rate: number) => {
  let sent = 0
  let accepted = 0
  const tick = setInterval(() => {
    for (let i = 0; i < rate / 10; i++) {
      sent++
      const address = `172.16.${Math.floor(sent / 256) % 256}.${sent % 256}`
      fetch(beaconUrl, { method: 'POST', body, headers: { 'x-real-ip': address } })
        .then((response) => response.status === 204 && accepted++)
        .catch(() => undefined)
    }
  }, 100)
  return () => {
    clearInterval(tick)
    return { sent, accepted }
  }
}

const summary = ({ requestsPerSecond, p99Ms, errorResponses }: WrkResult) => ({
  requestsPerSecond: Math.round(requestsPerSecond),
  p99Ms: Number(p99Ms.toFixed(1)),
  errorResponses,
})

const pageAlone = await runWrk({ url: pageUrl, seconds, connections, threads })
const beaconsAlone = await beaconWrk()
const stop = beaconStream(Number(options.rate))
const pageUnderBeacons = await runWrk({ url: pageUrl, seconds, connections, threads })
const stream = stop()

console.log(
  JSON.stringify(
    {
      page: pageUrl,
      pageAlone: summary(pageAlone),
      beaconsAlone: summary(beaconsAlone),
      pageUnderBeacons: { ...summary(pageUnderBeacons), beaconsPerSecond: Number(options.rate), ...stream },
      pageRatio: Number((pageUnderBeacons.requestsPerSecond / pageAlone.requestsPerSecond).toFixed(2)),
    },
    null,
    2,
  ),
)
