import { sha256 } from '@noble/hashes/sha2.js'
import { solveChallenge, type Challenge, type DeriveKeyFunction } from 'altcha-lib'

import type { Proof } from './challenge'

/**
 * ALTCHA's SHA-256 key derivation (the salt and the counter hashed, `cost` times over), computed with a plain
 * JavaScript hash: Web Crypto exists only on https and localhost pages, and a reader may come over plain http.
 */
const deriveKey: DeriveKeyFunction = async (parameters, salt, password) => {
  let key = new Uint8Array(salt.length + password.length)
  key.set(salt)
  key.set(password, salt.length)
  for (let round = 0; round < Math.max(1, parameters.cost); round++) key = sha256(key)
  return { derivedKey: key.slice(0, parameters.keyLength ?? 32) }
}

/** Finds the answer to a challenge, in the browser or in Node; null if there is none. */
export const solveProof = async (challenge: Challenge): Promise<Proof | null> => {
  const solution = await solveChallenge({ challenge, deriveKey })
  return solution ? { challenge, solution } : null
}
