import { readDateline } from './oldPageDateline'
import { classifyFurniture, isBreadcrumb } from './oldPageFurniture'
import { emptyMeta, isMetaLine, readMetaLine } from './oldPageMeta'
import { addNames } from './oldPageNames'
import { collapseSpaces, detectScript, splitLines, type PageLine } from './oldPageText'

/**
 * Turns the plain text of an old news-portal page, as copied from a browser, into the parts of a draft article.
 * Works on Simplified and Traditional pages alike: recognition runs on a Simplified matching form of each line,
 * while everything returned is cut from the page as written.
 */

export type ParsedOldPage = {
  /** The headline; '' when none is found. */
  title: string
  /** ISO 8601 in China Standard Time, e.g. '2020-07-09T18:30:00+08:00'; a date alone gives midnight. */
  publishedAt: string | null
  /** 来源, e.g. '东南网'. */
  source: string | null
  /** 记者 / 作者 / 通讯员 names from the meta and the dateline, first-seen order, no repeats. */
  reporters: string[]
  /** 责任编辑, or a plain 编辑 credit when there is none, as written. */
  responsibleEditor: string | null
  /** E.g. '东南网3月30日讯' or '本报讯', without the reporters' bracket. */
  dateline: string | null
  /** Body paragraphs in order, the dateline kept at the start of the first. */
  paragraphs: string[]
  script: 'simplified' | 'traditional'
}

type LineKind = 'meta' | 'skip' | 'end' | 'text'

type Line = PageLine & { kind: LineKind }

const classify = (line: PageLine): LineKind => {
  if (isMetaLine(line)) return 'meta'
  return classifyFurniture(line.match) ?? 'text'
}

/** A subtitle (副题) opens with a dash; the headline is the line above it. */
const isSubtitle = (line: Line): boolean => /^[-—–]{1,2}/.test(line.match)

/** A headline is short and does not end like a sentence. */
const isTitleLike = (line: Line): boolean => line.match.length <= 80 && !/[。!?]$/.test(line.match)

/** Which line holds the headline (-1 for none), and where the body begins. */
type Layout = { titleIndex: number; bodyStart: number }

/**
 * With a meta block, the headline is the nearest real line above it: that skips the breadcrumb when the title
 * sits above it, and skips a kicker (引题), which always sits above the headline.
 */
const layoutAroundMeta = (lines: Line[], metaIndex: number): Layout => {
  let bodyStart = metaIndex
  while (bodyStart < lines.length && (lines[bodyStart].kind === 'meta' || lines[bodyStart].kind === 'skip')) {
    bodyStart += 1
  }
  for (let i = metaIndex - 1; i >= 0; i -= 1) {
    if (lines[i].kind !== 'text' || isSubtitle(lines[i])) continue
    return { titleIndex: isTitleLike(lines[i]) ? i : -1, bodyStart }
  }
  return { titleIndex: -1, bodyStart }
}

/**
 * Without meta, the headline is the first real line after the breadcrumb, or, when that line reads like prose,
 * the last short line before the breadcrumb (pages that print the title above it).
 */
const layoutWithoutMeta = (lines: Line[]): Layout => {
  const crumb = lines.findIndex((line) => line.kind === 'skip' && isBreadcrumb(line.match))
  const firstText = lines.findIndex((line, i) => i > crumb && line.kind === 'text')
  if (firstText === -1) return { titleIndex: -1, bodyStart: lines.length }
  if (isTitleLike(lines[firstText])) return { titleIndex: firstText, bodyStart: firstText + 1 }
  const before = lines.slice(0, Math.max(crumb, 0)).map((line, i) => ({ line, i }))
  const above = before.reverse().find(({ line }) => line.kind === 'text' && isTitleLike(line))
  return { titleIndex: above ? above.i : -1, bodyStart: firstText }
}

/**
 * Body lines up to the first end marker (related reading, comments, footer), with furniture dropped. Credits
 * met on the way (a closing "（责任编辑：王五）") are returned apart, to be read after the dateline.
 */
const collectBody = (lines: Line[], from: number, title: string): { body: Line[]; credits: Line[] } => {
  const body: Line[] = []
  const credits: Line[] = []
  for (const line of lines.slice(from)) {
    // An end marker before any paragraph is a sidebar box, not the end of the article.
    if (line.kind === 'end' && body.length > 0) break
    if (line.kind === 'meta') credits.push(line)
    if (line.kind !== 'text') continue
    // Some portals repeat the headline at the top of the body.
    if (body.length === 0 && collapseSpaces(line.text) === title) continue
    body.push(line)
  }
  return { body, credits }
}

export const parseOldPage = (text: string): ParsedOldPage => {
  const page = typeof text === 'string' ? text : ''
  const lines: Line[] = splitLines(page).map((line) => ({ ...line, kind: classify(line) }))
  const meta = emptyMeta()
  const metaIndex = lines.findIndex((line) => line.kind === 'meta')
  const layout = metaIndex === -1 ? layoutWithoutMeta(lines) : layoutAroundMeta(lines, metaIndex)
  for (const line of lines.slice(0, layout.bodyStart)) if (line.kind === 'meta') readMetaLine(line, meta)

  const title = layout.titleIndex === -1 ? '' : collapseSpaces(lines[layout.titleIndex].text)
  const { body, credits } = collectBody(lines, layout.bodyStart, title)
  // Reporters in reading order: header credits, then the dateline's bracket, then closing credits.
  const opening = body.length > 0 ? readDateline(body[0]) : null
  if (opening) addNames(meta.reporters, opening.reporters)
  for (const line of credits) readMetaLine(line, meta)

  return {
    title,
    publishedAt: meta.publishedAt,
    source: meta.source,
    reporters: meta.reporters,
    responsibleEditor: meta.responsibleEditor ?? meta.editor,
    dateline: opening ? collapseSpaces(opening.dateline) : null,
    paragraphs: body.map((line) => collapseSpaces(line.text)),
    script: detectScript(page),
  }
}
