import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Challenge, Solution } from 'altcha-lib'

export type SignedProofCheck = 'verified' | 'expired' | 'invalid'

/** ALTCHA's canonical form of the signed parameters: keys sorted at every level, `__proto__` kept as a plain key. */
const sortKeys = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  )
}

/**
 * The parameters in canonical form, or null when they cannot be put in it: a body within the API's limit can nest an
 * object some hundred thousand levels deep, past the call stack. Such an answer is invalid, not a fault of the server.
 */
const canonicalJson = (parameters: unknown): string | null => {
  try {
    return JSON.stringify(sortKeys(parameters))
  } catch {
    return null
  }
}

const hmacHex = (secret: string, data: string | Buffer) => createHmac('sha256', secret).update(data).digest('hex')

const sameText = (given: unknown, expected: string) =>
  typeof given === 'string' &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected))

const LOWERCASE_HEX = /^(?:[0-9a-f]{2})+$/

/**
 * The check altcha-lib's `verifySolution` makes of an answer to a challenge that carries a key signature (every
 * challenge issueChallenge makes), with node's HMAC instead of Web Crypto. altcha-lib imports its secret into a Web
 * Crypto key and signs through an asynchronous job for each of the two HMACs, on every check; under a burst of votes
 * that was a fifth of the server's time, where node's createHmac does the same HMAC-SHA256 in microseconds. The
 * rules are the library's, in its order: not expired, the parameters' signature (HMAC of their canonical JSON), a
 * well-formed answer (lowercase hex key, whole counter), and the derived key's signature (HMAC of its bytes).
 * tests/unit/verifySignedProof.test.ts holds it to the library's verdicts.
 */
export const verifySignedProof = (
  { challenge, solution }: { challenge: Challenge; solution: Solution },
  { hmacSignatureSecret, hmacKeySignatureSecret }: { hmacSignatureSecret: string; hmacKeySignatureSecret: string },
  now = Date.now(),
): SignedProofCheck => {
  const { parameters } = challenge
  if (parameters.expiresAt && parameters.expiresAt < now / 1000) return 'expired'
  const signed = canonicalJson(parameters)
  if (signed === null || !sameText(challenge.signature, hmacHex(hmacSignatureSecret, signed))) return 'invalid'
  const { derivedKey, counter } = solution ?? {}
  const wellFormed =
    typeof derivedKey === 'string' &&
    LOWERCASE_HEX.test(derivedKey) &&
    Number.isInteger(counter) &&
    counter >= 0 &&
    counter <= 0xffffffff
  if (!wellFormed || typeof parameters.keySignature !== 'string') return 'invalid'
  return sameText(parameters.keySignature, hmacHex(hmacKeySignatureSecret, Buffer.from(derivedKey, 'hex')))
    ? 'verified'
    : 'invalid'
}
