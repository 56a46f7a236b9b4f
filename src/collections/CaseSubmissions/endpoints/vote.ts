import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { fromAdminUi } from '@/lib/fromAdminUi'
import { relationId } from '@/lib/relationId'
import { asUserFacing } from '@/lib/UserFacingError'
import { oneAtATime } from '@/voting/oneAtATime'
import { VOTER_COOKIE, newVoterCookie, voterIdFrom, voterKey } from '@/voting/voterKey'
import { judgeVote, secondsUntilNextVoteDay, voteDay } from '@/workflow/voteRules'

const recordVotes = oneAtATime()

const VOTE_MESSAGES: Record<string, string> = {
  notFound: 'Case not found',
  notShortlisted: 'Voting is only for shortlisted cases',
  votingClosed: 'Voting is closed',
  alreadyVotedToday: 'Already voted for this case today',
  dailyLimitReached: 'Daily vote limit reached',
}

const refuse = (req: PayloadRequest, status: number, code: string, zh: string, retryAfter?: number) => {
  // Payload adds the request's response headers to its error response: that is how Retry-After reaches the client.
  if (retryAfter != null) req.responseHeaders = new Headers({ 'Retry-After': String(retryAfter) })
  return asUserFacing(
    new APIError(fromAdminUi(req) ? zh : VOTE_MESSAGES[code], status, { code, errors: [{ message: zh }] }, true),
  )
}

const cookieValue = (req: PayloadRequest, name: string) =>
  req.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1]

/**
 * POST /api/case-submissions/:id/vote, no account needed: one vote per case per voter per Beijing day, ten a day
 * in all. The vote row and the counter change in one transaction; the unique index settles races.
 */
export const voteEndpoint: Endpoint = {
  path: '/:id/vote',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const id = req.routeParams?.id as string
    const doc = await req.payload.findByID({
      collection: 'case-submissions',
      id,
      depth: 0,
      select: { status: true, campaign: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) throw refuse(req, 404, 'notFound', '没有找到这个案例')
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: relationId(doc.campaign) as number,
      depth: 0,
      select: { caseCall: true },
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    const secret = req.payload.secret
    const given = cookieValue(req, VOTER_COOKIE)
    const cookie = voterIdFrom(secret, given) ? (given as string) : newVoterCookie(secret)
    const voter = voterKey(secret, voterIdFrom(secret, cookie) as string, clientAddress(req) ?? 'unknown')
    const day = voteDay(now)
    const [today, thisCase] = await Promise.all([
      req.payload.count({
        collection: 'case-votes',
        where: { and: [{ voter: { equals: voter } }, { day: { equals: day } }] },
        req,
        overrideAccess: true,
      }),
      req.payload.count({
        collection: 'case-votes',
        where: { and: [{ voter: { equals: voter } }, { day: { equals: day } }, { case: { equals: doc.id } }] },
        req,
        overrideAccess: true,
      }),
    ])
    const verdict = judgeVote({
      caseStatus: doc.status,
      votingWindow: {
        opens: campaign?.caseCall?.votingOpens ?? null,
        closes: campaign?.caseCall?.votingCloses ?? null,
      },
      now,
      votesByVoterToday: today.totalDocs,
      votedThisCaseToday: thisCase.totalDocs > 0,
    })
    if (!verdict.ok) throw refuse(req, verdict.status, verdict.code, verdict.message, verdict.retryAfterSeconds)

    await recordVotes(async () => {
      const started = await initTransaction(req)
      try {
        await req.payload.create({
          collection: 'case-votes',
          data: { case: doc.id, voter, day },
          req,
          overrideAccess: true,
        })
        await req.payload.db.updateOne({
          collection: 'case-submissions',
          id: doc.id,
          data: { votes: { $inc: 1 } },
          req,
        })
        if (started) await commitTransaction(req)
      } catch {
        if (started) await killTransaction(req)
        // Another request of the same voter won the race for this case and day.
        throw refuse(
          req,
          429,
          'alreadyVotedToday',
          '今天已经为这个案例投过票了，请明天再来。',
          secondsUntilNextVoteDay(now),
        )
      }
    })
    const { votes } = await req.payload.findByID({
      collection: 'case-submissions',
      id: doc.id,
      depth: 0,
      select: { votes: true },
      req,
      overrideAccess: true,
    })
    const headers = new Headers()
    if (cookie !== given) {
      headers.set('Set-Cookie', `${VOTER_COOKIE}=${cookie}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`)
    }
    return Response.json({ votes }, { status: 200, headers })
  },
}
