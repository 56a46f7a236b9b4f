import type { Payload } from 'payload'

import { jobRunnerLease } from './jobRunnerLease'
import { JOBS_TOKEN_HEADER, jobsToken } from './jobsToken'

export const JOB_TICK_MS = 10_000

/**
 * Runs due jobs (scheduled publish and unpublish) every few seconds by calling the server's own jobs endpoint.
 * Going through HTTP, rather than Payload's in-process cron, runs each job inside a Next request, where expiring
 * the page cache works (with REDIS_URL, on every instance); so a scheduled article appears on time without a restart
 * or an outside cron. However many instances start, one runs the jobs at a time (jobRunnerLease.ts); JOBS_TICKER=off
 * keeps an instance out of it altogether.
 */
export const startJobTicker = (payload: Payload, port = process.env.PORT || '3000') => {
  if (process.env.JOBS_TICKER === 'off') return
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?allQueues=true&silent=true`
  const headers = { [JOBS_TOKEN_HEADER]: jobsToken(payload.secret) }
  const mayRun = jobRunnerLease(payload)
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      if (await mayRun()) await fetch(url, { headers })
    } catch (error) {
      payload.logger.warn({ msg: 'job ticker could not reach the server', err: error })
    } finally {
      running = false
    }
  }, JOB_TICK_MS)
  timer.unref()
}
