import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { UserFacingError } from '@/lib/UserFacingError'
import { countLoginAttempt, giveBackLoginAttempt } from '@/limits/loginLimit'
import type { User } from '@/payload-types'

/**
 * Counts every login attempt against the client's limits before the password is checked, and refuses with 429 once
 * past them (see src/limits/loginLimit.ts). Runs first, so a refused attempt costs no password hashing. Logins by
 * the server's own code (Local API: seeding, scripts, the portal, which counts its own: src/portal/logInUnit.ts) come
 * from no client here and are not counted.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const verdict = await countLoginAttempt(clientAddress(req), (args as { data?: { email?: unknown } }).data?.email)
  if (!verdict.ok) {
    throw new UserFacingError('tooManyLogins', 429, req, {}, { retryAfterSeconds: verdict.retryAfterSeconds })
  }
  return args
}

/** A successful login was no guess: its attempt is given back. */
export const refundLoginAttempt: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return
  await giveBackLoginAttempt(clientAddress(req), user.email)
}
