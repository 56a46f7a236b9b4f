import { spawn } from 'node:child_process'

export type WrkResult = {
  requests: number
  seconds: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Responses with a status of 400 or more (wrk's "Non-2xx or 3xx responses"). */
  errorResponses: number
  /** Connections refused, reset or failing to write: the server broke, not just slowed down. */
  socketErrors: number
  /** Requests with no answer within wrk's --timeout: the server was too slow, which the latency then understates. */
  timeouts: number
}

const MS_PER_UNIT: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** wrk prints durations such as 850.00us, 1.02ms, 1.20s or 2.00m. */
export const parseDuration = (text: string): number => {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim())
  if (!match) throw new Error(`not a wrk duration: ${text}`)
  return Number(match[1]) * MS_PER_UNIT[match[2]]
}

const number = (output: string, pattern: RegExp, what: string): RegExpExecArray => {
  const match = pattern.exec(output)
  if (!match) throw new Error(`wrk output has no ${what}:\n${output}`)
  return match
}

/** Reads the summary of `wrk --latency`; throws when a figure is missing, since a half-read run must not pass. */
export const parseWrk = (output: string): WrkResult => {
  const [, requests, seconds] = number(output, /^\s*(\d+) requests in ([\d.]+\w+),/m, 'request count')
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    requests: Number(requests),
    seconds: parseDuration(seconds) / 1000,
    requestsPerSecond: Number(number(output, /^Requests\/sec:\s*([\d.]+)/m, 'Requests/sec')[1]),
    p50Ms: parseDuration(number(output, /^\s*50%\s+(\S+)/m, '50% latency (was --latency given?)')[1]),
    p99Ms: parseDuration(number(output, /^\s*99%\s+(\S+)/m, '99% latency (was --latency given?)')[1]),
    errorResponses: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1, 4).reduce((sum, count) => sum + Number(count), 0) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
  }
}

export type WrkOptions = {
  url: string
  seconds: number
  connections: number
  threads: number
  /** A Lua script for wrk (-s). */
  script?: string
}

/** Long enough that a slow page is measured as slow instead of dropping out of the latency figures as a timeout. */
const TIMEOUT_SECONDS = 30

/** Runs wrk against one URL and returns its parsed summary (and the raw text, kept in the results file). */
export const runWrk = ({ url, seconds, connections, threads, script }: WrkOptions) =>
  new Promise<WrkResult & { raw: string }>((resolve, reject) => {
    const args = ['--latency', '--timeout', `${TIMEOUT_SECONDS}s`, '-t', String(threads), '-c', String(connections)]
    if (script) args.push('-s', script)
    args.push('-d', `${seconds}s`, url)
    const wrk = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    wrk.stdout.on('data', (chunk: Buffer) => (out += chunk))
    wrk.stderr.on('data', (chunk: Buffer) => (out += chunk))
    wrk.on('error', reject)
    wrk.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${out}`))
      try {
        resolve({ ...parseWrk(out), raw: out })
      } catch (error) {
        reject(error)
      }
    })
  })
