import { createHmac } from 'node:crypto'

import { createChallenge, randomInt, type Challenge, type Solution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

import { verifySignedProof } from './verifySignedProof'

/**
 * A self-hosted proof of work (ALTCHA) in front of the public writes that need no account: before a vote, an
 * objection or a comment the browser fetches a challenge bound to that action and case (or commented page), and spends a fraction of a second finding
 * its answer. A person does not notice; a script that wants a thousand votes pays a thousand times. Checking an
 * answer costs the server one hash and two HMACs, and needs no stored state: the challenge is signed and expires.
 * Each answer is spent once (the vote or objection row keeps the challenge's nonce under a unique index).
 */
export type ProofPurpose = 'vote' | 'objection' | 'comment'
export type Proof = { challenge: Challenge; solution: Solution }

const ALGORITHM = 'SHA-256'
const LIFETIME_MS = 10 * 60 * 1000
/** The answer lies between half this and this; a browser tries about 50,000 hashes a second. */
const DEFAULT_MAX_COUNTER = 20_000

const maxCounter = () => {
  const configured = Number(process.env.PROOF_OF_WORK_MAX_COUNTER)
  return Number.isInteger(configured) && configured >= 2 ? configured : DEFAULT_MAX_COUNTER
}

type Keys = { hmacSignatureSecret: string; hmacKeySignatureSecret: string }
const derived = new Map<string, Keys>()

// Two keys derived from the app's secret, so no new secret has to be configured and each key has one use; derived
// once per secret, not on every vote
const keys = (secret: string): Keys => {
  let found = derived.get(secret)
  if (!found) {
    found = {
      hmacSignatureSecret: createHmac('sha256', secret).update('proof-of-work:challenge').digest('hex'),
      hmacKeySignatureSecret: createHmac('sha256', secret).update('proof-of-work:key').digest('hex'),
    }
    derived.set(secret, found)
  }
  return found
}

export const issueChallenge = (secret: string, purpose: ProofPurpose, caseId: number | string, now = Date.now()) => {
  const max = maxCounter()
  return createChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    counter: randomInt(max, Math.floor(max / 2)),
    deriveKey,
    data: { purpose, case: String(caseId) },
    expiresAt: new Date(now + LIFETIME_MS),
    ...keys(secret),
  })
}

export type ProofCheck =
  { ok: true; nonce: string } | { ok: false; code: 'proofMissing' | 'proofInvalid' | 'proofExpired' }

const isProof = (value: unknown): value is Proof => {
  const proof = value as Proof | null
  return (
    typeof proof?.challenge?.parameters?.nonce === 'string' &&
    typeof proof.challenge.signature === 'string' &&
    typeof proof.solution?.counter === 'number' &&
    typeof proof.solution.derivedKey === 'string'
  )
}

/** Whether `value` answers a challenge this server issued for this action on this case, in time. */
export const checkProof = async (
  secret: string,
  value: unknown,
  purpose: ProofPurpose,
  caseId: number | string,
): Promise<ProofCheck> => {
  if (value == null) return { ok: false, code: 'proofMissing' }
  if (!isProof(value) || value.challenge.parameters.algorithm !== ALGORITHM) return { ok: false, code: 'proofInvalid' }
  const { data } = value.challenge.parameters
  if (data?.purpose !== purpose || data?.case !== String(caseId)) return { ok: false, code: 'proofInvalid' }
  const verdict = verifySignedProof(value, keys(secret))
  if (verdict === 'expired') return { ok: false, code: 'proofExpired' }
  if (verdict !== 'verified') return { ok: false, code: 'proofInvalid' }
  return { ok: true, nonce: value.challenge.parameters.nonce }
}
