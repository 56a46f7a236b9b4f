/**
 * What the vote batch costs in one process: the CPU that src/voting/recordVotes.ts (the rules' reads, the vote rows,
 * the counters, the bursts, the commit) spends per accepted vote, without HTTP, Next or the proof of work. Votes go
 * to recordVote with `--connections` of them in flight, as the endpoint hands them over under that many connections,
 * each from a voter, address and network as the endpoint derives them from a client address of its own, spread over
 * `--cases` shortlisted cases; a round's votes are made before its clock starts, and one round warms up first.
 * CPU is the process's (user + system, so the commits' disk syncs count as far as the kernel spends CPU on them) over
 * the round, divided by the votes accepted. Prints each round and the medians, and writes them to
 * `results/vote-cost-<UTC date and time>.json`; fails when the counters or the stored votes differ from the votes
 * accepted. `--database` takes a DATABASE_URI (by default a fresh SQLite file in a temp folder, removed afterwards;
 * a copy of the scale dataset measures the batch against newsroom-size tables: the cases and votes are added to it).
 *
 *   npm run bench:vote-cost -- [--rounds 7] [--votes 3000] [--connections 64] [--cases 100] [--database <uri>]
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { median } from './report'

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    votes: { type: 'string', default: '3000' },
    connections: { type: 'string', default: '64' },
    cases: { type: 'string', default: '100' },
    database: { type: 'string' },
  },
})
const rounds = Number(options.rounds)
const votesPerRound = Number(options.votes)
const connections = Number(options.connections)
const caseCount = Number(options.cases)

// Production mode, as the app runs: the committed migrations make the schema.
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
const tempDir = options.database ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'vote-cost-'))
process.env.DATABASE_URI = options.database ?? `file:${path.join(tempDir as string, 'votes.db')}`

// Loaded after the environment is set: the config reads it when it loads.
await import('@payloadcms/richtext-lexical/lexical')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { recordVote } = await import('@/voting/recordVotes')
const { addressHash, voterKey } = await import('@/voting/voterKey')
const { networkKey } = await import('@/limits/networkKey')
const { voteDay } = await import('@/workflow/voteRules')

const payload = await getPayload({ config })
const DAY_MS = 24 * 60 * 60 * 1000
const campaign = await payload.create({
  collection: 'campaigns',
  data: {
    name: '投票成本测量',
    year: 2020,
    caseCall: {
      expertWeight: 70,
      voteWeight: 30,
      votingOpens: new Date(Date.now() - DAY_MS).toISOString(),
      votingCloses: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    },
  },
  context: { disableRevalidate: true },
})
const caseIds: (number | string)[] = []
for (let index = 0; index < caseCount; index++) {
  const created = await payload.create({
    collection: 'case-submissions',
    data: { campaign: campaign.id, title: `测量案例${index}`, type: '扶贫经验', status: 'shortlisted' },
    context: { caseTransition: true, disableRevalidate: true },
  })
  caseIds.push(created.id)
}

// Each batch is one transaction: counting them tells how many votes a batch held.
let transactions = 0
const beginTransaction = payload.db.beginTransaction.bind(payload.db)
payload.db.beginTransaction = (options) => {
  transactions++
  return beginTransaction(options)
}

type Round = {
  accepted: number
  refused: number
  seconds: number
  cpuMsPerVote: number
  /** Of which the kernel's (system time: the commits' disk syncs, mostly) */
  systemMsPerVote: number
  perSecond: number
  batches: number
}

let nextAddress = 0
/** The round's votes as the endpoint hands them over, made before the clock starts: only the batch is measured. */
const votesOfRound = () => {
  const secret = payload.secret
  return Array.from({ length: votesPerRound }, (_, index) => {
    const n = nextAddress++
    const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
    return {
      caseId: caseIds[index % caseIds.length],
      voter: voterKey(randomBytes(16).toString('base64url'), addressHash(secret, ip)),
      address: addressHash(secret, ip),
      network: addressHash(secret, networkKey(ip)),
      proof: randomBytes(12).toString('base64url'),
    }
  })
}

const runRound = async (): Promise<Round> => {
  const votes = votesOfRound()
  let next = 0
  let accepted = 0
  let refused = 0
  const transactionsBefore = transactions
  const cpu = process.cpuUsage()
  const started = performance.now()
  const worker = async () => {
    for (let index = next++; index < votesPerRound; index = next++) {
      const now = new Date()
      const outcome = await recordVote(payload, { ...votes[index], day: voteDay(now), now })
      if (outcome.ok) accepted++
      else refused++
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  const seconds = (performance.now() - started) / 1000
  const { user, system } = process.cpuUsage(cpu)
  return {
    accepted,
    refused,
    seconds,
    cpuMsPerVote: (user + system) / 1000 / accepted,
    systemMsPerVote: system / 1000 / accepted,
    perSecond: accepted / seconds,
    batches: transactions - transactionsBefore,
  }
}

const loadBefore = os.loadavg()
// One round to warm up (statement caches, JIT), not counted in the medians
let acceptedInAll = (await runRound()).accepted
const results: Round[] = []
for (let round = 1; round <= rounds; round++) {
  const result = await runRound()
  results.push(result)
  acceptedInAll += result.accepted
  console.log(
    `round ${round}: ${result.accepted} accepted, ${result.refused} refused, ${result.cpuMsPerVote.toFixed(3)} ms CPU ` +
      `per vote (system ${result.systemMsPerVote.toFixed(3)}), ${result.perSecond.toFixed(0)} votes/s, ` +
      `${(result.accepted / result.batches).toFixed(1)} votes a batch`,
  )
}

// Counts must be exact: the counters and the stored rows both add up to the votes accepted.
const rows = (await payload.count({ collection: 'case-votes', where: { case: { in: caseIds } }, overrideAccess: true }))
  .totalDocs
const { docs } = await payload.find({
  collection: 'case-submissions',
  where: { id: { in: caseIds } },
  select: { votes: true },
  limit: caseIds.length,
  depth: 0,
  overrideAccess: true,
})
const counted = docs.reduce((sum, doc) => sum + (doc.votes ?? 0), 0)
const medians = {
  cpuMsPerVote: median(results.map((r) => r.cpuMsPerVote)),
  systemMsPerVote: median(results.map((r) => r.systemMsPerVote)),
  perSecond: median(results.map((r) => r.perSecond)),
  votesPerBatch: median(results.map((r) => r.accepted / r.batches)),
}
console.log(
  `median of ${rounds} rounds (${votesPerRound} votes each, ${connections} in flight, ${caseCount} cases): ` +
    `${medians.cpuMsPerVote.toFixed(3)} ms CPU per accepted vote (system ${medians.systemMsPerVote.toFixed(3)}), ` +
    `${medians.perSecond.toFixed(0)} accepted/s in this process alone`,
)
const exact = counted === acceptedInAll && rows === acceptedInAll
console.log(`accepted ${acceptedInAll}, counters ${counted}, stored votes ${rows}: ${exact ? 'exact' : 'MISMATCH'}`)
const resultsFile = path.resolve(
  'bench/results',
  `vote-cost-${new Date().toISOString().slice(0, 16).replace(':', '')}Z.json`,
)
fs.mkdirSync(path.dirname(resultsFile), { recursive: true })
const report = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || null,
  machine: { cores: os.cpus().length, node: process.version, loadBefore, loadAfter: os.loadavg() },
  settings: {
    database: options.database ? 'given with --database' : 'fresh SQLite file',
    rounds,
    votesPerRound,
    connections,
    cases: caseCount,
  },
  rounds: results,
  medians,
  counts: { accepted: acceptedInAll, counters: counted, storedVotes: rows, exact },
}
fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`)
console.log(`results in ${path.relative(process.cwd(), resultsFile)}`)
await payload.destroy()
if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
process.exit(exact ? 0 : 1)
