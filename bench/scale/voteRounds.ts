import { randomBytes } from 'node:crypto'

import type { Editor } from './http'
import { voteBurst, type VoteFigures } from './measure/votes'
import { rounds, wrk } from './options'
import { loadNow } from './results'

const VOTE_BURSTS = [500, 5_000]
/**
 * Votes sent before the measured bursts and left out of their figures: the first votes a server answers run its vote
 * path for the first time (code not yet compiled by the JIT, caches empty), which a server that has been taking votes
 * has long done. A half-second burst measured cold shows that start, not the vote.
 */
const WARM_UP_VOTES = 500

/** The bursts of votes, `rounds` times over (new voters and addresses each time), after a warm-up burst. */
export const measureVotes = async ({
  app,
  editor,
  campaign,
}: {
  app: string
  editor: Editor
  campaign: string | number
}) => {
  console.log('Votes…')
  const shortlisted = await editor.json<{ docs: { id: string | number }[] }>(
    `/api/case-submissions?where[campaign][equals]=${campaign}&where[status][equals]=shortlisted` +
      '&depth=0&limit=100&select[title]=true',
  )
  const bursts: VoteFigures[] = []
  let addressBase = randomBytes(2).readUInt16BE() << 8
  const caseIds = shortlisted.docs.map((doc) => doc.id)
  const connections = wrk.connections
  const warmUp = await voteBurst({ app, editor, caseIds, total: WARM_UP_VOTES, connections, addressBase })
  addressBase += WARM_UP_VOTES
  console.log(
    `  warm-up, not counted: ${warmUp.accepted} of ${WARM_UP_VOTES} accepted, ${warmUp.acceptedPerSecond.toFixed(0)}/s`,
  )
  if (!warmUp.exact) throw new Error('the warm-up votes were not counted exactly')
  for (let round = 0; round < rounds; round++) {
    for (const total of VOTE_BURSTS) {
      const burst = await voteBurst({ app, editor, caseIds, total, connections, addressBase })
      addressBase += total
      bursts.push(burst)
      console.log(
        `  ${total} votes: ${burst.accepted} accepted, ${burst.acceptedPerSecond.toFixed(0)}/s, ` +
          `p50 ${burst.p50Ms.toFixed(0)} ms, p99 ${burst.p99Ms.toFixed(0)} ms, ` +
          `${burst.exact ? 'counts exact' : 'COUNTS OFF'}; load ${loadNow()}`,
      )
    }
  }
  return bursts
}
