import { type Endpoint, type PayloadRequest } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { jsonBody } from '@/lib/jsonBody'
import { UserFacingError } from '@/lib/UserFacingError'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'
import { networkKey } from '@/limits/networkKey'
import { checkProof } from '@/proofOfWork/challenge'
import { recordVote, VOTE_NOT_FOUND, type VoteRefusal } from '@/voting/recordVotes'
import { VOTER_COOKIE, addressHash, newVoter, voterIdFrom, voterKey } from '@/voting/voterKey'
import { voteDay } from '@/workflow/voteRules'

// The rules' Chinese names the limit that was met; the code's English is the table's.
const refuse = (req: PayloadRequest, { status, code, message, retryAfterSeconds }: VoteRefusal) =>
  new UserFacingError(code, status, req, {}, { text: message, retryAfterSeconds })

const cookieValue = (req: PayloadRequest, name: string) =>
  req.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1]

/**
 * POST /api/case-submissions/:id/vote, no account needed, with a proof of work for this case in the body
 * (`{ proof }`, from GET …/:id/challenge?purpose=vote): one vote per case per voter per Beijing day, ten a day in
 * all, and a handful per case from one address or network. Votes arriving together are judged and written together
 * in one transaction (src/voting/recordVotes.ts); unique indexes on (voter, day, case) and on the proof back the
 * rules up.
 */
export const voteEndpoint: Endpoint = {
  path: '/:id/vote',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const rawId = req.routeParams?.id as string
    // Ids are numbers on SQL and strings on MongoDB; a malformed one is simply a case that does not exist.
    const caseId = documentIdFrom(rawId, idShape(req.payload, 'case-submissions'))
    if (caseId === null) throw refuse(req, VOTE_NOT_FOUND)
    const secret = req.payload.secret
    const body = (await jsonBody(req)) as { proof?: unknown } | null
    const proof = await checkProof(secret, body?.proof, 'vote', caseId)
    if (!proof.ok) throw new UserFacingError(proof.code, proof.code === 'proofExpired' ? 409 : 400, req)
    const given = cookieValue(req, VOTER_COOKIE)
    const givenId = voterIdFrom(secret, given)
    const voter = givenId ? { id: givenId, cookie: given as string } : newVoter(secret)
    const address = clientAddress(req) ?? 'unknown'
    const hashedAddress = addressHash(secret, address)
    const request = {
      caseId,
      voter: voterKey(voter.id, hashedAddress),
      address: hashedAddress,
      network: addressHash(secret, networkKey(address)),
      proof: proof.nonce,
      day: voteDay(now),
      now,
    }
    const outcome = await recordVote(req.payload, request).catch((error) => {
      // The server's fault, not the reader's: never one of the refusals above, so nobody is told they already voted
      req.payload.logger.error({ msg: 'vote not recorded', err: error })
      throw new UserFacingError('voteNotRecorded', 503, req)
    })
    if (!outcome.ok) throw refuse(req, outcome)
    const headers = new Headers()
    if (voter.cookie !== given) {
      headers.set('Set-Cookie', `${VOTER_COOKIE}=${voter.cookie}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`)
    }
    return Response.json({ votes: outcome.votes }, { status: 200, headers })
  },
}
