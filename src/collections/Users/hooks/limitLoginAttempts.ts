import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { UserFacingError } from '@/lib/UserFacingError'
import { loginAccount, loginLimits } from '@/limits/loginLimit'
import type { User } from '@/payload-types'

/**
 * Counts every login attempt against the client's limits before the password is checked, and refuses with 429 once
 * past them (see src/limits/loginLimit.ts). Runs first, so a refused attempt costs no password hashing. Logins by
 * the server's own code (Local API: seeding, scripts) come from no client and are not counted.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const address = clientAddress(req)
  const account = loginAccount((args as { data?: { email?: unknown } }).data?.email)
  const [perAccount, perClient] = await Promise.all([
    loginLimits.perAccount.take(address, account),
    loginLimits.perClient.take(address),
  ])
  for (const verdict of [perAccount, perClient]) {
    if (!verdict.ok)
      throw new UserFacingError('tooManyLogins', 429, req, {}, { retryAfterSeconds: verdict.retryAfterSeconds })
  }
  return args
}

/** A successful login was no guess: its attempt is given back. */
export const refundLoginAttempt: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  if (req.payloadAPI === 'local') return
  const address = clientAddress(req)
  await Promise.all([
    loginLimits.perAccount.refund(address, loginAccount(user.email)),
    loginLimits.perClient.refund(address),
  ])
}
