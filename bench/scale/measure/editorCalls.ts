import { median } from '../../report'
import { serverRssMb } from '../../rss'
import type { Editor, Timed } from '../http'

/** What the editor's side costs at this size: the admin's REST calls, the ranking, the exports. */

export type CallFigures = { name: string; path: string; status: number; ms: number[]; medianMs: number; bytes: number }

const repeat = async (editor: Editor, name: string, path: string, times: number): Promise<CallFigures> => {
  const answers: Timed[] = []
  for (let run = 0; run < times; run++) answers.push(await editor.get(path))
  const failed = answers.find((answer) => answer.status !== 200)
  return {
    name,
    path,
    status: failed?.status ?? 200,
    ms: answers.map((answer) => answer.ms),
    medianMs: median(answers.map((answer) => answer.ms)),
    bytes: answers[0].bytes,
  }
}

/**
 * The calls behind the admin's lists (sorted by last change, filtered by status) and its counts, each timed `times`
 * times in a row; the first answer of each is a cold one.
 */
export const adminCalls = (editor: Editor, times: number) => {
  const calls: [string, string][] = [
    ['articles by last change', '/api/articles?depth=0&draft=true&limit=10&sort=-updatedAt'],
    ['cases by status', '/api/case-submissions?depth=0&limit=10&sort=-updatedAt&where[status][equals]=submitted'],
    ['article count', '/api/articles/count'],
    ['shortlisted case count', '/api/case-submissions/count?where[status][equals]=shortlisted'],
  ]
  return calls.reduce<Promise<CallFigures[]>>(
    async (done, [name, path]) => [...(await done), await repeat(editor, name, path, times)],
    Promise.resolve([]),
  )
}

export const ranking = (editor: Editor, campaign: string | number, times: number) =>
  repeat(editor, 'campaign ranking', `/api/campaigns/${campaign}/ranking`, times)

export type ExportFigures = {
  format: 'csv' | 'xlsx'
  status: number
  ms: number
  bytes: number
  /** Records of the CSV (its header excluded); null for XLSX. */
  rows: number | null
  rssBeforeMb: number | null
  rssPeakMb: number | null
}

/** Records in CSV text: line ends outside quoted fields (a field may hold line breaks). */
const csvRecords = (text: string) => {
  let records = 0
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '"') quoted = !quoted
    else if (char === '\n' && !quoted) records++
  }
  return text.length > 0 && !text.endsWith('\n') ? records + 1 : records
}

/**
 * One export of the campaign's cases, timed to its last byte, while the server's resident memory is sampled every
 * 100 ms: a streamed export keeps it flat.
 */
export const exportCases = async (
  editor: Editor,
  campaign: string | number,
  format: 'csv' | 'xlsx',
  launcherPid: number,
): Promise<ExportFigures> => {
  const rssBefore = serverRssMb(launcherPid).total
  let peak = rssBefore ?? 0
  const sampler = setInterval(() => {
    const now = serverRssMb(launcherPid).total
    if (now != null) peak = Math.max(peak, now)
  }, 100)
  try {
    const answer = await editor.get(`/api/campaigns/${campaign}/export?format=${format}`)
    return {
      format,
      status: answer.status,
      ms: answer.ms,
      bytes: answer.bytes,
      rows: format === 'csv' ? csvRecords(answer.text) - 1 : null,
      rssBeforeMb: rssBefore,
      rssPeakMb: rssBefore == null ? null : peak,
    }
  } finally {
    clearInterval(sampler)
  }
}
