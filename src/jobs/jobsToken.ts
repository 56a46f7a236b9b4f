import { createHmac, timingSafeEqual } from 'node:crypto'

/** The server's own job ticker proves itself with a token derived from the secret, never sent anywhere else. */
export const jobsToken = (secret: string) => createHmac('sha256', secret).update('run-jobs').digest('hex')

export const isJobsToken = (secret: string, candidate: string | null) => {
  if (!candidate) return false
  const expected = Buffer.from(jobsToken(secret))
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const JOBS_TOKEN_HEADER = 'x-jobs-token'
