import { randomBytes } from 'node:crypto'

import type { Editor } from './http'
import { voteBurst, type VoteFigures } from './measure/votes'
import { rounds, wrk } from './options'
import { loadNow } from './results'

const VOTE_BURSTS = [500, 5_000]

/** The bursts of votes, `rounds` times over (new voters and addresses each time). */
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
  for (let round = 0; round < rounds; round++) {
    for (const total of VOTE_BURSTS) {
      const burst = await voteBurst({
        app,
        editor,
        caseIds: shortlisted.docs.map((doc) => doc.id),
        total,
        connections: wrk.connections,
        addressBase,
      })
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
