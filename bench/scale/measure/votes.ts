import { solveProof } from '@/proofOfWork/solve'

import { median } from '../../report'
import type { Editor } from '../http'

/**
 * A burst of public votes, each from a voter of its own, through `connections` connections at once. The vote endpoint
 * knows a voter by its signed cookie together with the client address (src/voting/voterKey.ts): no cookie is sent,
 * so each vote gets a new voter id, and each carries an address of its own in X-Real-IP, as readers behind the
 * front would. Each vote carries a proof of work, fetched and answered before the clock starts, and the client's
 * connections are open by then. Afterwards the cases' counters and stored vote rows must have grown by exactly the
 * votes accepted.
 */

export type VoteFigures = {
  sent: number
  connections: number
  accepted: number
  refused: Record<string, number>
  seconds: number
  acceptedPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Counter growth and stored rows against what was accepted, case by case. */
  exact: boolean
  counterGrowth: number
  rowGrowth: number
  mismatchedCases: number
}

type CaseVotes = { id: string | number; votes?: number | null }

const percentile = (sorted: number[], share: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]

const counters = async (editor: Editor, ids: (string | number)[]) => {
  const where = ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
  const { docs } = await editor.json<{ docs: CaseVotes[] }>(
    `/api/case-submissions?${where}&depth=0&limit=${ids.length}&select[votes]=true`,
  )
  return new Map(docs.map((doc) => [String(doc.id), doc.votes ?? 0]))
}

const storedRows = async (editor: Editor, ids: (string | number)[]) => {
  const where = ids.map((id, index) => `where[case][in][${index}]=${id}`).join('&')
  return (await editor.json<{ totalDocs: number }>(`/api/case-votes/count?${where}`)).totalDocs
}

export const voteBurst = async ({
  app,
  editor,
  caseIds,
  total,
  connections,
  addressBase,
}: {
  app: string
  editor: Editor
  caseIds: (string | number)[]
  total: number
  connections: number
  /** Distinct per burst, so no address repeats within a run. */
  addressBase: number
}): Promise<VoteFigures> => {
  const proofs: string[] = []
  for (let index = 0; index < total; index++) {
    const caseId = caseIds[index % caseIds.length]
    const challenge = await (await fetch(`${app}/api/case-submissions/${caseId}/challenge?purpose=vote`)).json()
    proofs.push(JSON.stringify({ proof: await solveProof(challenge) }))
  }
  const before = await counters(editor, caseIds)
  const rowsBefore = await storedRows(editor, caseIds)
  // The connections are open before the clock starts, as wrk opens its own: the figures are the votes', not the
  // handshakes of 64 new connections at one instant
  const opened = Math.min(connections, total)
  await Promise.all(
    Array.from({ length: opened }, async (_, index) => {
      const caseId = caseIds[index % caseIds.length]
      await (await fetch(`${app}/api/case-submissions/${caseId}/challenge?purpose=vote`)).arrayBuffer()
    }),
  )
  const acceptedPerCase = new Map<string, number>()
  const refused: Record<string, number> = {}
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let index = next++; index < total; index = next++) {
      const caseId = caseIds[index % caseIds.length]
      const address = addressBase + index
      const sent = performance.now()
      let status = 0
      try {
        const response = await fetch(`${app}/api/case-submissions/${caseId}/vote`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-real-ip': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
          },
          body: proofs[index],
          signal: AbortSignal.timeout(60_000),
        })
        status = response.status
        await response.arrayBuffer()
      } catch {
        status = -1
      }
      latencies.push(performance.now() - sent)
      if (status === 200) acceptedPerCase.set(String(caseId), (acceptedPerCase.get(String(caseId)) ?? 0) + 1)
      else refused[String(status)] = (refused[String(status)] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: opened }, worker))
  const seconds = (performance.now() - started) / 1000
  const after = await counters(editor, caseIds)
  const rowGrowth = (await storedRows(editor, caseIds)) - rowsBefore
  const accepted = [...acceptedPerCase.values()].reduce((sum, count) => sum + count, 0)
  let counterGrowth = 0
  let mismatchedCases = 0
  for (const id of caseIds.map(String)) {
    const grew = (after.get(id) ?? 0) - (before.get(id) ?? 0)
    counterGrowth += grew
    if (grew !== (acceptedPerCase.get(id) ?? 0)) mismatchedCases++
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    sent: total,
    connections,
    accepted,
    refused,
    seconds,
    acceptedPerSecond: accepted / seconds,
    p50Ms: median(latencies),
    p99Ms: percentile(sorted, 0.99),
    exact: mismatchedCases === 0 && rowGrowth === accepted,
    counterGrowth,
    rowGrowth,
    mismatchedCases,
  }
}
