import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

const derive = promisify(pbkdf2)

/** Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash.js): pbkdf2-sha256, 600,000 rounds. */
const ROUNDS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = 'no-such-account'

/**
 * Payload hashes the password only when the email names an account that is not locked, so "no such account" (and
 * "locked") answered ~0.3 s faster than "wrong password" and told anyone which emails have accounts. For an unknown
 * email or a locked account this does the same hashing work before Payload refuses the login (with one answer for
 * all three: hooks/authRefusals.ts).
 */
export const evenLoginTiming: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as {
    email?: unknown
    password?: unknown
  }
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = account?.lockUntil != null && new Date(account.lockUntil).getTime() > Date.now()
  if (!account || locked) await derive(password, DUMMY_SALT, ROUNDS, KEY_LENGTH, 'sha256')
  return args
}
