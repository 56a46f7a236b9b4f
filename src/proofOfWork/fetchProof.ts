import type { ProofPurpose } from './challenge'
import { solveProof } from './solve'

/**
 * In the reader's browser: fetch a challenge for this action on this case and answer it. Throws when the challenge
 * cannot be fetched (offline) or has no answer, which the caller shows as a failure to retry.
 */
export const fetchProof = (caseId: number | string, purpose: ProofPurpose) =>
  fetchProofFrom(`/api/case-submissions/${caseId}/challenge?purpose=${purpose}`)

/** The same for a challenge from another endpoint (a comment's, bound to the commented page). */
export const fetchProofFrom = async (challengeUrl: string) => {
  const res = await fetch(challengeUrl, { cache: 'no-store' })
  if (!res.ok) throw new Error(`challenge ${res.status}`)
  const proof = await solveProof(await res.json())
  if (!proof) throw new Error('challenge without an answer')
  return proof
}
