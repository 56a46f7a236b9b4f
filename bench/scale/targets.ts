import type { CallFigures, ExportFigures } from './measure/editorCalls'
import type { PageFigures } from './measure/pages'
import type { PublishVisible } from './measure/publishVisible'
import type { ReindexFigures } from './measure/reindex'
import type { VoteFigures } from './measure/votes'

/** The targets at newsroom size (issue 10, "Targets at that size"): medians, on this machine. */
export const TARGETS = {
  firstRenderMs: { topic: 150, home: 150, article: 80, cases: 150, search: 150 },
  publishVisibleMs: 1000,
  adminCallMs: 300,
  rankingMs: 200,
  exportSeconds: 10,
  /** "Flat memory" read as: the server grows by no more than this while streaming an export. */
  exportGrowthMb: 50,
  votesPerSecond: 1000,
  voteP99Ms: 200,
  serverRssMb: 500,
  reindexSeconds: 600,
} as const

export type Outcome = {
  pages: PageFigures[]
  publish: PublishVisible
  admin: CallFigures[]
  ranking: CallFigures
  exports: ExportFigures[]
  expectedCases: number
  votes: VoteFigures[]
  rssMb: number | null
  reindex: ReindexFigures
}

export type Check = { what: string; measured: string; wanted: string; met: boolean; missedBy?: string }

const ms = (value: number | null) =>
  value == null || !Number.isFinite(value) ? 'n/a' : `${Math.round(value).toLocaleString('en')} ms`

/** How far past its limit a figure is, as a factor or a percentage. */
const overBy = (value: number, limit: number) =>
  value / limit >= 2 ? `${(value / limit).toFixed(1)}×` : `${Math.round((value / limit - 1) * 100)} %`

const atMost = (what: string, value: number | null, limit: number, format: (v: number | null) => string): Check => {
  const met = value != null && Number.isFinite(value) && value <= limit
  return {
    what,
    measured: format(value),
    wanted: `≤ ${format(limit)}`,
    met,
    missedBy: met || value == null || !Number.isFinite(value) ? undefined : overBy(value, limit),
  }
}

const pageTarget = (page: PageFigures): number | null => {
  const { firstRenderMs: limits } = TARGETS
  if (page.name === 'topic') return limits.topic
  if (page.name === 'home') return limits.home
  if (page.name === 'article') return limits.article
  if (page.name.startsWith('cases')) return limits.cases
  if (page.name.startsWith('search')) return limits.search
  return null
}

const worst = (values: (number | null)[]) =>
  values.some((value) => value == null) ? Infinity : Math.max(...(values as number[]))

/** The vote bursts against their targets: rate, p99, and counts that match what was accepted. */
export const voteChecks = (votes: VoteFigures[]): Check[] => {
  const checks: Check[] = []
  for (const burst of votes) {
    const name = `${burst.sent.toLocaleString('en')} votes at ${burst.connections} connections`
    checks.push({
      what: `${name}: accepted a second`,
      measured: burst.acceptedPerSecond.toFixed(0),
      wanted: `≥ ${TARGETS.votesPerSecond}`,
      met: burst.acceptedPerSecond >= TARGETS.votesPerSecond,
      missedBy:
        burst.acceptedPerSecond >= TARGETS.votesPerSecond
          ? undefined
          : `${Math.round((1 - burst.acceptedPerSecond / TARGETS.votesPerSecond) * 100)} % short`,
    })
    checks.push(atMost(`${name}: p99`, burst.p99Ms, TARGETS.voteP99Ms, ms))
    checks.push({
      what: `${name}: counts exact`,
      measured: `${burst.accepted} accepted, counters +${burst.counterGrowth}, rows +${burst.rowGrowth}`,
      wanted: 'all equal, every vote accepted',
      met: burst.exact && burst.accepted === burst.sent,
    })
  }
  return checks
}

/** Every target with what was measured and a verdict; a page that broke, or a count that is off, fails too. */
export const checksFor = (outcome: Outcome): Check[] => {
  const checks: Check[] = []
  for (const page of outcome.pages) {
    if (page.broken) {
      checks.push({ what: `${page.name} answers`, measured: page.broken, wanted: '200, no errors', met: false })
      continue
    }
    const limit = pageTarget(page)
    if (limit != null) checks.push(atMost(`${page.name}: first render after a publish`, page.firstRenderMs, limit, ms))
    if (page.stale > 0) {
      checks.push({
        what: `${page.name}: shows the edit at once`,
        measured: `stale ${page.stale}×`,
        wanted: 'always',
        met: false,
      })
    }
  }
  checks.push(
    atMost('publish → visible on the topic page (worst)', worst(outcome.publish.topicMs), TARGETS.publishVisibleMs, ms),
  )
  checks.push(
    atMost('publish → visible on its own page (worst)', worst(outcome.publish.articleMs), TARGETS.publishVisibleMs, ms),
  )
  for (const call of [...outcome.admin]) {
    checks.push(
      call.status === 200
        ? atMost(`admin: ${call.name}`, call.medianMs, TARGETS.adminCallMs, ms)
        : { what: `admin: ${call.name}`, measured: `HTTP ${call.status}`, wanted: '200', met: false },
    )
  }
  const { ranking } = outcome
  checks.push(
    ranking.status === 200
      ? atMost('ranking', ranking.medianMs, TARGETS.rankingMs, ms)
      : { what: 'ranking', measured: `HTTP ${ranking.status}`, wanted: '200', met: false },
  )
  for (const file of outcome.exports) {
    const name = `export ${file.format.toUpperCase()}`
    if (file.status !== 200) {
      checks.push({ what: name, measured: `HTTP ${file.status}`, wanted: '200', met: false })
      continue
    }
    checks.push(
      atMost(`${name}: time`, file.ms / 1000, TARGETS.exportSeconds, (v) => (v == null ? 'n/a' : `${v.toFixed(1)} s`)),
    )
    const growth = file.rssPeakMb != null && file.rssBeforeMb != null ? file.rssPeakMb - file.rssBeforeMb : null
    checks.push(
      atMost(`${name}: server memory growth`, growth, TARGETS.exportGrowthMb, (v) =>
        v == null ? 'n/a' : `${Math.round(v)} MB`,
      ),
    )
    if (file.rows != null) {
      checks.push({
        what: `${name}: every case`,
        measured: `${file.rows.toLocaleString('en')} rows`,
        wanted: `${outcome.expectedCases.toLocaleString('en')}`,
        met: file.rows === outcome.expectedCases,
      })
    }
  }
  checks.push(...voteChecks(outcome.votes))
  checks.push(
    atMost('server RSS after the run', outcome.rssMb, TARGETS.serverRssMb, (v) =>
      v == null ? 'n/a' : `${Math.round(v)} MB`,
    ),
  )
  const { reindex } = outcome
  const rebuild = 'search rebuild of the whole dataset'
  checks.push(
    reindex.exitCode === 0
      ? atMost(rebuild, reindex.seconds, TARGETS.reindexSeconds, (v) => (v == null ? 'n/a' : `${Math.round(v)} s`))
      : { what: rebuild, measured: `exit ${reindex.exitCode}`, wanted: 'exit 0', met: false },
  )
  return checks
}

/** Counts that are wrong and pages that broke: these make the run fail, whatever the speed. */
export const failures = (outcome: Outcome): string[] => [
  ...outcome.pages.filter((page) => page.broken).map((page) => `${page.name}: ${page.broken}`),
  ...outcome.pages.filter((page) => page.stale > 0).map((page) => `${page.name}: showed the old title after a publish`),
  ...[...outcome.publish.topicMs, ...outcome.publish.articleMs]
    .filter((value) => value == null)
    .map(() => 'a published article never appeared'),
  ...[...outcome.admin, outcome.ranking]
    .filter((call) => call.status !== 200)
    .map((call) => `${call.name}: HTTP ${call.status}`),
  ...outcome.exports.filter((file) => file.status !== 200).map((file) => `export ${file.format}: HTTP ${file.status}`),
  ...outcome.votes.filter((burst) => !burst.exact).map((burst) => `${burst.sent} votes: counts not exact`),
  ...(outcome.reindex.exitCode === 0 ? [] : [`search rebuild: exit ${outcome.reindex.exitCode}`]),
]

const table = (header: string[], lines: string[][]) => {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n')
}

/** The verdict table: each target, what was measured, and whether it was met. */
export const formatChecks = (checks: Check[]): string =>
  table(
    ['target', 'measured', 'wanted', 'verdict'],
    checks.map((check) => [
      check.what,
      check.measured,
      check.wanted,
      check.met ? 'met' : `MISSED${check.missedBy ? ` (by ${check.missedBy})` : ''}`,
    ]),
  )

export const formatReport = (outcome: Outcome): string => {
  const pages = table(
    ['page', 'path', 'first render (median)', 'renders', 'req/s cached', 'p99 cached', 'kB'],
    outcome.pages.map((page) => [
      page.name,
      page.path.length > 40 ? `${page.path.slice(0, 39)}…` : page.path,
      page.broken ? `BROKEN: ${page.broken}` : ms(page.firstRenderMs),
      page.renders.map((render) => Math.round(render.ms)).join(', '),
      page.wrk ? page.wrk.requestsPerSecond.toFixed(0) : '',
      page.wrk ? ms(page.wrk.p99Ms) : '',
      (page.bytes / 1024).toFixed(0),
    ]),
  )
  return `${pages}\n\n${formatChecks(checksFor(outcome))}`
}
