import fs from 'node:fs'

import type { Manifest } from './dataset'
import type { VoteFigures } from './measure/votes'
import { rounds } from './options'
import { loadNow, resultsHead, resultsPath } from './results'
import { formatChecks, voteChecks } from './targets'

/** `--only votes`: the bursts' figures and verdicts, in a results file of their own. */
export const votesAlone = (
  votes: VoteFigures[],
  { loadBefore, manifest, reused }: { loadBefore: number[]; manifest: Manifest; reused: boolean },
) => {
  const resultsFile = resultsPath('scale-votes')
  const checks = voteChecks(votes)
  const results = {
    ...resultsHead(loadBefore, { only: 'votes', rounds }),
    dataset: { reused, sizes: manifest.sizes, rows: manifest.rows },
    votes,
    checks,
  }
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${formatChecks(checks)}\n`)
  console.log(`Load average after: ${loadNow()}; results in ${resultsFile}`)
  const off = votes.filter((burst) => !burst.exact)
  if (off.length > 0)
    console.error(`\nFAILED:\n- ${off.map((burst) => `${burst.sent} votes: counts not exact`).join('\n- ')}`)
  return off.length > 0 ? 1 : 0
}
