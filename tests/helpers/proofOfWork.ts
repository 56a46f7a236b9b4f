import type { Challenge } from 'altcha-lib'

import type { Proof, ProofPurpose } from '@/proofOfWork/challenge'
import { solveProof } from '@/proofOfWork/solve'

import type { RestClient, RestOptions } from './rest'

const solved = async (challenge: Challenge): Promise<Proof> => {
  const proof = await solveProof(challenge)
  if (!proof) throw new Error('no answer to the proof-of-work challenge')
  return proof
}

/** A proof of work for one vote or objection on a case, as the reader's browser gets it, through the route handlers. */
export const proofFor = async (rest: RestClient, caseId: number | string, purpose: ProofPurpose = 'vote') => {
  const res = await rest.get(`/case-submissions/${caseId}/challenge?purpose=${purpose}`)
  if (res.status !== 200) throw new Error(`challenge: ${res.status} ${JSON.stringify(res.data)}`)
  return solved(res.data)
}

/** The same over HTTP, from a running server at `baseURL`. */
export const proofFrom = async (baseURL: string, caseId: number | string, purpose: ProofPurpose = 'vote') => {
  const res = await fetch(`${baseURL}/api/case-submissions/${caseId}/challenge?purpose=${purpose}`)
  if (res.status !== 200) throw new Error(`challenge: ${res.status} ${await res.text()}`)
  return solved(await res.json())
}

/** A reader's vote as the vote button casts it: a fresh proof, then the vote. */
export const castVote = async (rest: RestClient, caseId: number | string, options: RestOptions = {}) =>
  rest.post(`/case-submissions/${caseId}/vote`, { ...options, json: { proof: await proofFor(rest, caseId) } })

/** A reader's objection as the objection form files it: a fresh proof, then the form. */
export const fileObjection = async (
  rest: RestClient,
  caseId: number | string,
  form: Record<string, unknown>,
  options: RestOptions = {},
) =>
  rest.post(`/case-submissions/${caseId}/objections`, {
    ...options,
    json: { ...form, proof: await proofFor(rest, caseId, 'objection') },
  })
