import { createChallenge, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { describe, expect, it } from 'vitest'

import { solveProof } from '@/proofOfWork/solve'
import { verifySignedProof, type SignedProofCheck } from '@/proofOfWork/verifySignedProof'

const secrets = { hmacSignatureSecret: 'signature-secret-for-tests', hmacKeySignatureSecret: 'key-secret-for-tests' }

const challenge = (expiresAt: Date, data: Record<string, string> = { purpose: 'vote', case: '7' }) =>
  createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 50, deriveKey, data, expiresAt, ...secrets })

/** The library's own verdict, in the same three words. */
const libraryVerdict = async (proof: Parameters<typeof verifySignedProof>[0]): Promise<SignedProofCheck> => {
  const result = await verifySolution({ ...proof, deriveKey, ...secrets }).catch(() => null)
  if (result?.expired) return 'expired'
  return result?.verified ? 'verified' : 'invalid'
}

const solved = async (expiresAt = new Date(Date.now() + 600_000)) => {
  const proof = await solveProof(await challenge(expiresAt))
  if (!proof) throw new Error('no answer')
  return proof
}

const withParameters = (challengeOf: Challenge, change: Record<string, unknown>): Challenge => ({
  ...challengeOf,
  parameters: { ...challengeOf.parameters, ...change } as Challenge['parameters'],
})

describe('the proof-of-work check with node HMAC', () => {
  it('gives altcha-lib’s verdict on genuine, expired, tampered and malformed answers', async () => {
    const genuine = await solved()
    const other = await solved()
    const expired = await solved(new Date(Date.now() - 1_000))
    const cases: Record<string, Parameters<typeof verifySignedProof>[0]> = {
      genuine,
      expired,
      'data changed': {
        ...genuine,
        challenge: withParameters(genuine.challenge, { data: { purpose: 'vote', case: '8' } }),
      },
      'expiry pushed back': {
        ...expired,
        challenge: withParameters(expired.challenge, { expiresAt: Math.floor(Date.now() / 1000) + 600 }),
      },
      'signature of another challenge': {
        ...genuine,
        challenge: { ...genuine.challenge, signature: other.challenge.signature },
      },
      'another challenge’s answer': { challenge: genuine.challenge, solution: other.solution },
      'answer in capitals': {
        ...genuine,
        solution: { ...genuine.solution, derivedKey: genuine.solution.derivedKey.toUpperCase() },
      },
      'answer not hex': { ...genuine, solution: { ...genuine.solution, derivedKey: 'zz' } },
      'counter not whole': { ...genuine, solution: { ...genuine.solution, counter: 1.5 } },
      'counter negative': { ...genuine, solution: { ...genuine.solution, counter: -1 } },
      'key signature removed': {
        ...genuine,
        challenge: withParameters(genuine.challenge, { keySignature: undefined }),
      },
    }
    const verdicts = await Promise.all(
      Object.entries(cases).map(async ([name, proof]) => [
        name,
        verifySignedProof(proof, secrets),
        await libraryVerdict(proof),
      ]),
    )
    for (const [name, ours, library] of verdicts) expect(ours, name).toBe(library)
    expect(Object.fromEntries(verdicts.map(([name, ours]) => [name, ours]))).toMatchObject({
      genuine: 'verified',
      expired: 'expired',
      'data changed': 'invalid',
      'another challenge’s answer': 'invalid',
    })
  })

  it('calls an answer whose parameters nest deeper than the call stack invalid instead of failing', async () => {
    const genuine = await solved()
    let deep: unknown = 1
    for (let level = 0; level < 200_000; level++) deep = { a: deep }
    const nested = { ...genuine, challenge: withParameters(genuine.challenge, { deep }) }
    expect(verifySignedProof(nested, secrets)).toBe('invalid')
    expect(await libraryVerdict(nested)).toBe('invalid')
  })

  it('refuses an answer checked with other secrets', async () => {
    const genuine = await solved()
    expect(verifySignedProof(genuine, { ...secrets, hmacSignatureSecret: 'another' })).toBe('invalid')
    expect(verifySignedProof(genuine, { ...secrets, hmacKeySignatureSecret: 'another' })).toBe('invalid')
  })
})
