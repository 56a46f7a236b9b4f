import { addNames, isBylineLine, splitNames } from './oldPageNames'
import type { PageLine } from './oldPageText'

/**
 * The header meta of an old page ("2020-07-09 18:30 来源：东南网 作者：张三 责任编辑：王五"), on one line or
 * several. Labels are matched in the matching form (Simplified, half-width colons); values are cut from the
 * original text at the same positions.
 */

export type PageMeta = {
  publishedAt: string | null
  source: string | null
  reporters: string[]
  responsibleEditor: string | null
  /** A plain 编辑 credit, used only when the page names no 责任编辑. */
  editor: string | null
}

export const emptyMeta = (): PageMeta => ({
  publishedAt: null,
  source: null,
  reporters: [],
  responsibleEditor: null,
  editor: null,
})

type Field = 'date' | 'source' | 'reporter' | 'responsible' | 'editor' | 'other'

/**
 * Longer labels first, so 责任编辑 wins over 编辑 and 发布时间 over 时间 at the same position. Labels of other
 * people and counters (图片编辑, 校对, 浏览次数, 字号) are listed so that their values end the value before them.
 */
const LABELS: [string, Field][] = [
  ['发布时间', 'date'],
  ['发表时间', 'date'],
  ['发稿时间', 'date'],
  ['更新时间', 'date'],
  ['发布日期', 'date'],
  ['发文日期', 'date'],
  ['时间', 'date'],
  ['日期', 'date'],
  ['信息来源', 'source'],
  ['文章来源', 'source'],
  ['新闻来源', 'source'],
  ['稿件来源', 'source'],
  ['来源', 'source'],
  ['稿源', 'source'],
  ['作者', 'reporter'],
  ['记者', 'reporter'],
  ['通讯员', 'reporter'],
  ['实习生', 'reporter'],
  ['撰稿', 'reporter'],
  ['责任编辑', 'responsible'],
  ['责编', 'responsible'],
  ['图片编辑', 'other'],
  ['美术编辑', 'other'],
  ['视频编辑', 'other'],
  ['编辑', 'editor'],
  ['审核', 'other'],
  ['初审', 'other'],
  ['复审', 'other'],
  ['终审', 'other'],
  ['审校', 'other'],
  ['校对', 'other'],
  ['签发', 'other'],
  ['监制', 'other'],
  ['浏览次数', 'other'],
  ['访问次数', 'other'],
  ['访问量', 'other'],
  ['点击数', 'other'],
  ['点击量', 'other'],
  ['阅读数', 'other'],
  ['阅读量', 'other'],
  ['字号', 'other'],
  ['字体', 'other'],
]
const FIELD_BY_LABEL = new Map(LABELS)
/**
 * Some pages leave out the colon ("來源 海峽導報 責任編輯 陳怡君"); that is trusted only for labels that never
 * start a name or a sentence, so "作者：本报记者 张三" still reads 记者 as part of the credit.
 */
const BARE_LABELS = ['发布时间', '发布日期', '信息来源', '来源', '稿源', '责任编辑', '责编']
const LABEL_SOURCE =
  `(${LABELS.map(([label]) => label).join('|')})\\s*:` + `|(${BARE_LABELS.join('|')})[\\s\\u00a0]+(?=[^\\s:])`
const LABEL = new RegExp(LABEL_SOURCE, 'g')
const STARTS_WITH_LABEL = new RegExp(`^(?:${LABEL_SOURCE})`)
const HAS_LABEL = new RegExp(LABEL_SOURCE)
/** An editor's credit may trail other widgets on a closing line: "【纠错】 【责任编辑：杨帆】". */
const EDITOR_CREDIT = /(^|[\s【\[(])(责任编辑|责编|编辑)\s*:/

/** Whether a meta line credits the editor: after the body, such a line closes the article. */
export const isEditorCredit = (match: string): boolean => EDITOR_CREDIT.test(match)

/** A credit in brackets at the very end of a paragraph: "…收益。[责任编辑:邱丽萍]", "…設施。(完)【編輯:蔡嘉文】". */
const TRAILING_CREDIT = /[(\[【]\s*((?:责任编辑|责编|编辑)\s*:[^()\[\]【】]{1,30})[)\]】]\s*$/

/** Splits a closing credit off the end of a paragraph: the paragraph without it, and the credit as a line. */
export const splitTrailingCredit = ({ text, match }: PageLine): { rest: PageLine; credit: PageLine } | null => {
  const found = TRAILING_CREDIT.exec(match)
  if (!found || found.index === 0) return null
  const start = found.index + found[0].indexOf(found[1])
  const end = start + found[1].length
  return {
    rest: { text: text.slice(0, found.index).trimEnd(), match: match.slice(0, found.index).trimEnd() },
    credit: { text: text.slice(start, end), match: match.slice(start, end) },
  }
}

/** 2020-07-09 18:30:00, 2020年07月09日 18:30, 2020/7/9, 2020.7.9 — time optional. */
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/g
const STARTS_WITH_DATE = new RegExp(`^${DATE.source}`)

/** Brackets some portals put round a credit: "（责任编辑：王五）", "[编辑：赵六]". */
const unwrap = (match: string): string =>
  match
    .replace(/^[(\[【]+/, '')
    .replace(/[)\]】]+$/, '')
    .trim()

/** A line is meta when it opens with a label or a date and does not go on as prose ("2020年7月9日，…" is prose). */
export const isMetaLine = ({ text, match }: PageLine): boolean => {
  const core = unwrap(match)
  if (core.length > 120) return false
  if (STARTS_WITH_LABEL.test(core)) return true
  if (core.length <= 40 && !/[。!?;,]/.test(core) && EDITOR_CREDIT.test(core)) return true
  if (isBylineLine(text, match)) return true
  const date = STARTS_WITH_DATE.exec(core)
  if (!date) return false
  const rest = core.slice(date[0].length).trim()
  // The portal's own "today" bar shows a date with the weekday; that is not the article's time.
  if (/星期/.test(rest)) return false
  return HAS_LABEL.test(rest) || (rest.length <= 40 && !/[。!?;,]/.test(rest))
}

const pad = (value: string): string => value.padStart(2, '0')

/** ISO 8601 in China Standard Time; impossible dates are ignored rather than guessed at. */
const toIso = (found: RegExpMatchArray): string | null => {
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = found
  const valid = +month >= 1 && +month <= 12 && +day >= 1 && +day <= 31 && +hour < 24 && +minute < 60 && +second < 60
  if (!valid) return null
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`
}

/** Where a field's value ends: two spaces or a tab (layout gap), a widget bracket or a menu bar. */
const VALUE_END = /\s{2,}|[【\[|｜]/

const cleanValue = (text: string, match: string): { text: string; match: string } => {
  const end = match.search(VALUE_END)
  const cut = end === -1 ? match.length : end
  const trimmed = match.slice(0, cut).replace(/[)\]】,.;。]+\s*$/, '')
  const lead = trimmed.length - trimmed.trimStart().length
  const length = trimmed.trimEnd().length
  return { text: text.slice(lead, length), match: match.slice(lead, length) }
}

type Boundary = { start: number; end: number; field: Field | null }

/** Labels and dates in order: a value runs from its label to the next label or date. */
const boundaries = (match: string): Boundary[] => {
  const found: Boundary[] = []
  for (const label of match.matchAll(LABEL)) {
    const field = FIELD_BY_LABEL.get(label[1] ?? label[2]) ?? 'other'
    found.push({ start: label.index, end: label.index + label[0].length, field })
  }
  for (const date of match.matchAll(DATE)) found.push({ start: date.index, end: date.index, field: null })
  return found.sort((a, b) => a.start - b.start)
}

const setOnce = (meta: PageMeta, key: 'source' | 'responsibleEditor' | 'editor', value: string): void => {
  if (meta[key] === null && value !== '') meta[key] = value
}

/** Reads one meta line into `meta`; the first value of each field wins, reporters accumulate. */
export const readMetaLine = ({ text, match }: PageLine, meta: PageMeta): void => {
  if (meta.publishedAt === null) {
    for (const date of match.matchAll(DATE)) {
      meta.publishedAt = toIso(date)
      if (meta.publishedAt) break
    }
  }
  if (isBylineLine(text, match)) {
    addNames(meta.reporters, splitNames(text, match))
    return
  }
  const marks = boundaries(match)
  marks.forEach((mark, i) => {
    if (mark.field === null || mark.field === 'date' || mark.field === 'other') return
    const stop = marks[i + 1]?.start ?? match.length
    const value = cleanValue(text.slice(mark.end, stop), match.slice(mark.end, stop))
    if (mark.field === 'source') setOnce(meta, 'source', value.text)
    if (mark.field === 'responsible') setOnce(meta, 'responsibleEditor', value.text)
    if (mark.field === 'editor') setOnce(meta, 'editor', value.text)
    if (mark.field === 'reporter') addNames(meta.reporters, splitNames(value.text, value.match))
  })
}
