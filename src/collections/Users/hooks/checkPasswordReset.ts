import type { CollectionBeforeOperationHook } from 'payload'

import { PASSWORD_MAX, PASSWORD_MIN } from '@/collections/Organizations/registration/validateRegistration'
import { UserFacingError } from '@/lib/UserFacingError'

const LIMITS = { min: String(PASSWORD_MIN), max: String(PASSWORD_MAX) }

/**
 * Payload's reset-password stores any new password, even one letter: it must meet the rule registration sets. The
 * link is checked first, so a stale link is told as such, not asked for a better password.
 */
export const checkPasswordReset: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { token, password } = ((args as { data?: { token?: unknown; password?: unknown } }).data ?? {}) as {
    token?: unknown
    password?: unknown
  }
  // Payload's REST route sends a missing token or password as ''.
  if (typeof token !== 'string' || token === '' || typeof password !== 'string') {
    throw new UserFacingError('resetRequestMalformed', 400, req)
  }
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: {
      resetPasswordToken: { equals: token },
      resetPasswordExpiration: { greater_than: new Date().toISOString() },
    },
    req,
  })
  if (!account) throw new UserFacingError('resetTokenInvalid', 403, req)
  const length = Array.from(password).length
  if (length < PASSWORD_MIN || length > PASSWORD_MAX || password.trim() === '') {
    throw new UserFacingError('passwordTooShort', 400, req, LIMITS)
  }
  return args
}
