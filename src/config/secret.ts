/** Secrets copied from examples and tutorials: anyone could forge a login cookie with them. */
const WELL_KNOWN = new Set([
  'secret',
  'changeme',
  'change-me',
  'your_secret_here',
  'your-secret-here',
  'payload',
  'payloadcms',
  'password',
  'test',
  'demo',
  'development-only-secret-never-in-production',
])

export const MIN_SECRET_LENGTH = 32

export type SecretEnv = {
  PAYLOAD_SECRET?: string
  NODE_ENV?: string
  NEXT_PHASE?: string
}

/** Why a secret is unfit for production, or null when it is fine. */
export const secretProblem = (secret: string | undefined): string | null => {
  if (!secret) return 'PAYLOAD_SECRET is not set'
  if (WELL_KNOWN.has(secret.trim().toLowerCase())) return 'PAYLOAD_SECRET is a well-known example value'
  if (secret.length < MIN_SECRET_LENGTH) return `PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`
  return null
}

const DEVELOPMENT_SECRET = 'development-only-secret-never-in-production'

/**
 * Development and tests may run on a fixed secret; a production server may not. The build signs nothing, so it
 * does not need the real secret either.
 */
export const resolveSecret = (env: SecretEnv): string => {
  const problem = secretProblem(env.PAYLOAD_SECRET)
  if (!problem) return env.PAYLOAD_SECRET as string
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') {
    return env.PAYLOAD_SECRET || DEVELOPMENT_SECRET
  }
  throw new Error(
    `${problem}: refusing to start. Set a random PAYLOAD_SECRET of at least ${MIN_SECRET_LENGTH} characters ` +
      `(e.g. \`openssl rand -hex 32\`), or try the system with \`npm run demo\`. ` +
      `拒绝启动：请设置至少 ${MIN_SECRET_LENGTH} 个字符的随机 PAYLOAD_SECRET，或用 npm run demo 试用。`,
  )
}
