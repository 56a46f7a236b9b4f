import fs from 'node:fs'
import os from 'node:os'

import { machine } from '../machine'
import type { serverRssMb } from '../rss'

import type { Manifest } from './dataset'
import { options, renders, sizes, wrk } from './options'
import { resultsPath } from './results'
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
  const loadAfter = os.loadavg()
  const resultsFile = resultsPath('scale')
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    loadBefore,
    loadAfter,
    settings: {
      // Which kind, not where: the results file is kept with the code
      database: options.database ? 'given with --database' : 'fresh file in a temp folder',
      sizes,
      wrk,
      renders,
      built: !options['no-build'],
    },
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
  console.log(`Load average after: ${loadAfter.map((load) => load.toFixed(2)).join(' ')}; results in ${resultsFile}`)
  const failed = failures(outcome)
  if (failed.length > 0) {
    console.error(`\nFAILED:\n- ${failed.join('\n- ')}`)
    return 1
  }
  return 0
}
