import fs from 'node:fs'

import type { serverRssMb } from '../rss'

import type { Manifest } from './dataset'
import { renders } from './options'
import { loadNow, resultsHead, resultsPath } from './results'
import { checksFor, failures, formatReport, type Outcome } from './targets'

/** The whole run's figures and verdicts: written to a results file, printed, and the exit code they make. */
export const reportFullRun = ({
  outcome,
  rss,
  loadBefore,
  manifest,
  reused,
}: {
  outcome: Outcome
  rss: ReturnType<typeof serverRssMb>
  loadBefore: number[]
  manifest: Manifest
  reused: boolean
}) => {
  const resultsFile = resultsPath('scale')
  const results = {
    ...resultsHead(loadBefore, { renders }),
    dataset: { reused, ...manifest },
    ...outcome,
    rss,
    checks: checksFor(outcome),
  }
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)

  console.log(`\n${formatReport(outcome)}\n`)
  if (!reused) {
    const articles = manifest.phases.find((phase) => phase.name === 'articles')
    console.log(
      `Dataset: ${manifest.totalSeconds.toFixed(0)} s in all; ` +
        `articles ${articles?.perSecond.toFixed(0)}/s through the bulk import`,
    )
  }
  console.log(`Load average after: ${loadNow()}; results in ${resultsFile}`)
  const failed = failures(outcome)
  if (failed.length > 0) {
    console.error(`\nFAILED:\n- ${failed.join('\n- ')}`)
    return 1
  }
  return 0
}
