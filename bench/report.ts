import type { WrkResult } from './wrk'

/** The targets of the reader site's speed item, against nginx serving the same HTML from a file. */
export const TARGETS = {
  appShareOfStatic: 0.05,
  appP99Ms: 50,
  appRssMb: 400,
  frontShareOfStatic: 0.8,
  frontP99Ms: 15,
  firstRenderMs: 150,
  frontVisibleMs: 1000,
}

export type Via = 'static' | 'app' | 'front'

export type Figures = Omit<WrkResult, 'requests' | 'seconds'> & { runs: number }

export type Row = { via: Via; page: string; path: string; figures?: Figures; missing?: string }

export type Check = { what: string; measured: string; target: string; met: boolean }

export const median = (values: number[]): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Medians of repeated runs; error and timeout counts are added up, since one error page in any run spoils it. */
export const summarise = (runs: WrkResult[]): Figures => ({
  requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
  p50Ms: median(runs.map((run) => run.p50Ms)),
  p99Ms: median(runs.map((run) => run.p99Ms)),
  errorResponses: runs.reduce((sum, run) => sum + run.errorResponses, 0),
  socketErrors: runs.reduce((sum, run) => sum + run.socketErrors, 0),
  timeouts: runs.reduce((sum, run) => sum + run.timeouts, 0),
  runs: runs.length,
})

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

export type Outcome = {
  rows: Row[]
  rssMb: number | null
  firstRenderMs: number | null
  frontVisibleMs: number | null
}

const staticRate = (rows: Row[]) => rows.find((row) => row.via === 'static')?.figures?.requestsPerSecond ?? NaN

/** Every target of the issue, each with what was measured; a missing page or figure is a missed target. */
export const checksFor = ({ rows, rssMb, firstRenderMs, frontVisibleMs }: Outcome): Check[] => {
  const base = staticRate(rows)
  const checks: Check[] = []
  for (const row of rows.filter((candidate) => candidate.via !== 'static')) {
    const [share, p99] =
      row.via === 'app'
        ? [TARGETS.appShareOfStatic, TARGETS.appP99Ms]
        : [TARGETS.frontShareOfStatic, TARGETS.frontP99Ms]
    const name = `${row.via} ${row.page}`
    if (!row.figures) {
      checks.push({ what: name, measured: `missing (${row.missing})`, target: 'a 200 page', met: false })
      continue
    }
    const ratio = row.figures.requestsPerSecond / base
    checks.push({
      what: `${name} req/s vs static`,
      measured: fixed(ratio, 3),
      target: `≥ ${share}`,
      met: ratio >= share,
    })
    checks.push({
      what: `${name} p99`,
      measured: `${fixed(row.figures.p99Ms, 2)} ms`,
      target: `≤ ${p99} ms`,
      met: row.figures.p99Ms <= p99,
    })
    const errors = row.figures.errorResponses + row.figures.socketErrors
    checks.push({ what: `${name} errors`, measured: String(errors), target: '0', met: errors === 0 })
  }
  const within = (what: string, value: number | null, limit: number, unit: string) =>
    checks.push({
      what,
      measured: value === null ? 'not measured' : `${fixed(value)} ${unit}`,
      target: `≤ ${limit} ${unit}`,
      met: value !== null && value <= limit,
    })
  within('app memory (RSS)', rssMb, TARGETS.appRssMb, 'MB')
  within('first render after publish', firstRenderMs, TARGETS.firstRenderMs, 'ms')
  within('front shows the edit after', frontVisibleMs, TARGETS.frontVisibleMs, 'ms')
  return checks
}

const table = (header: string[], lines: string[][]) => {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)))
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n')
}

/** The figures per page and way of serving, then every target with its verdict. */
export const formatReport = (outcome: Outcome): string => {
  const base = staticRate(outcome.rows)
  const figures = table(
    ['via', 'page', 'req/s', 'x static', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'runs'],
    outcome.rows.map(({ via, page, figures: f, missing }) =>
      f
        ? [
            via,
            page,
            fixed(f.requestsPerSecond, 0),
            fixed(f.requestsPerSecond / base, 3),
            fixed(f.p50Ms, 2),
            fixed(f.p99Ms, 2),
            String(f.errorResponses + f.socketErrors),
            String(f.timeouts),
            String(f.runs),
          ]
        : [via, page, `MISSING: ${missing}`, '', '', '', '', '', ''],
    ),
  )
  const verdicts = table(
    ['target', 'measured', 'wanted', ''],
    checksFor(outcome).map((check) => [check.what, check.measured, check.target, check.met ? 'met' : 'MISSED']),
  )
  return `${figures}\n\n${verdicts}`
}
