import { clientLimit, type LimitVerdict } from './clientLimit'

/**
 * Failed logins are limited per client, not only per account, so an attacker is slowed while the account's owner,
 * signing in from elsewhere, is not: a few tries at one account per address (`perAccount`), and more in all
 * (`perClient`) for a shared office address guessing nothing. Every attempt is counted before the password is
 * checked, so parallel guesses cannot slip past, and a successful login gives its count back.
 */
export const loginLimits = {
  perAccount: clientLimit({ name: 'login-account', perAddress: 5, perNetwork: 20, seconds: 15 * 60 }),
  perClient: clientLimit({ name: 'login', perAddress: 30, perNetwork: 100, seconds: 60 * 60 }),
}

/** The account part of the key: as Payload matches it (lower case, trimmed). */
export const loginAccount = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/** Counts one login attempt at `email` from `address` against both limits: the first refusal, with its wait. */
export const countLoginAttempt = async (address: string | null, email: unknown): Promise<LimitVerdict> => {
  const verdicts = await Promise.all([
    loginLimits.perAccount.take(address, loginAccount(email)),
    loginLimits.perClient.take(address),
  ])
  return verdicts.find((verdict) => !verdict.ok) ?? { ok: true }
}

/** A successful login was no guess: its attempt is given back. */
export const giveBackLoginAttempt = async (address: string | null, email: unknown): Promise<void> => {
  await Promise.all([
    loginLimits.perAccount.refund(address, loginAccount(email)),
    loginLimits.perClient.refund(address),
  ])
}
