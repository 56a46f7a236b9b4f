import { createHash } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { CaseSubmission } from '@/payload-types'
import { voteDay } from '@/workflow/voteRules'

import { context } from './helpers'

/** A stand-in for the voter key the vote endpoint derives from a cookie and an address: the n-th demo reader. */
const demoVoter = (n: number) => createHash('sha256').update(`demo-voter:${n}`).digest('hex')

/**
 * Tops a case's vote rows up to `times.length` (one per demo reader, dated at each time) and sets its counter to
 * the number of rows, in one transaction as the vote endpoint does. Rows go in through the database adapter: a few
 * hundred of them would otherwise be most of the seed's time, and votes have no hooks to skip.
 */
export const topUpVotes = async (
  payload: Payload,
  caseId: CaseSubmission['id'],
  times: Date[],
  stored: { rows: number; counter: number },
): Promise<number> => {
  const missing = times.slice(stored.rows)
  if (missing.length === 0 && stored.counter === stored.rows) return 0
  const req = await createLocalReq({ context }, payload)
  const started = await initTransaction(req)
  try {
    for (const [i, at] of missing.entries()) {
      await payload.db.create({
        collection: 'case-votes',
        data: {
          case: caseId,
          voter: demoVoter(stored.rows + i),
          day: voteDay(at),
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        },
        req,
        returning: false,
      })
    }
    await payload.db.updateOne({
      collection: 'case-submissions',
      id: caseId,
      data: { votes: stored.rows + missing.length },
      req,
      returning: false,
    })
    if (started) await commitTransaction(req)
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
  return missing.length
}
