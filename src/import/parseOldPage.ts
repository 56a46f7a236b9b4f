import { readDateline, type Dateline } from './oldPageDateline'
import { classifyFurniture } from './oldPageFurniture'
import { imagePlaceholder, readImageRef } from './oldPageImages'
import { findLayout, type Line, type LineKind } from './oldPageLayout'
import { emptyMeta, isEditorCredit, isMetaLine, readMetaLine, splitTrailingCredit } from './oldPageMeta'
import { addNames } from './oldPageNames'
import { collapseSpaces, detectScript, splitLines, type PageLine } from './oldPageText'

/**
 * Turns the plain text of an old news-portal page, as copied from a browser (or converted from its HTML by
 * htmlToPageText), into the parts of a draft article. Works on Simplified and Traditional pages alike:
 * recognition runs on a Simplified matching form of each line, while everything returned is cut from the page as
 * written.
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
  /** Body paragraphs in order, the dateline kept at the start of its paragraph; pictures as placeholders. */
  paragraphs: string[]
  /** File names of the pictures whose placeholders ('［图片：name］') stand in the paragraphs, in order. */
  images: string[]
  script: 'simplified' | 'traditional'
}

const classify = (line: PageLine): LineKind => {
  const image = readImageRef(line.text)
  if (image) return image.decoration ? 'skip' : 'image'
  if (isMetaLine(line)) return 'meta'
  return classifyFurniture(line.match) ?? 'text'
}

type Body = { body: Line[]; credits: PageLine[] }

/**
 * Body lines up to the first end marker (related reading, rankings, comments, footer) or the editor's closing
 * credit, with furniture dropped. Credits met on the way are returned apart, to be read after the dateline; meta
 * lines straight after the closing credit (图片编辑, 校对) are credits too.
 */
const collectBody = (lines: Line[], from: number, title: string): Body => {
  const body: Line[] = []
  const credits: PageLine[] = []
  let closed = false
  for (const line of lines.slice(from)) {
    if (closed) {
      if (line.kind !== 'meta') break
      credits.push(line)
      continue
    }
    // An end marker before any paragraph is a sidebar box, not the end of the article.
    if (line.kind === 'end' && body.length > 0) break
    if (line.kind === 'meta') {
      credits.push(line)
      closed = body.length > 0 && isEditorCredit(line.match)
    }
    if (line.kind === 'image') body.push(line)
    if (line.kind !== 'text') continue
    // Some portals repeat the headline at the top of the body.
    if (body.length === 0 && collapseSpaces(line.text) === title) continue
    const trailing = splitTrailingCredit(line)
    if (trailing) {
      body.push({ ...trailing.rest, kind: 'text' })
      credits.push(trailing.credit)
      closed = true
      continue
    }
    body.push(line)
  }
  return { body, credits }
}

/** The dateline opens the story; a picture and its caption may come first. */
const findDateline = (body: Line[]): Dateline | null => {
  for (const line of body.filter((line) => line.kind === 'text').slice(0, 3)) {
    const found = readDateline(line)
    if (found) return found
  }
  return null
}

export const parseOldPage = (text: string): ParsedOldPage => {
  const page = typeof text === 'string' ? text : ''
  const lines: Line[] = splitLines(page).map((line) => ({ ...line, kind: classify(line) }))
  const meta = emptyMeta()
  const layout = findLayout(lines)
  for (const line of lines.slice(0, layout.bodyStart)) if (line.kind === 'meta') readMetaLine(line, meta)

  const title = layout.titleIndex === -1 ? '' : collapseSpaces(lines[layout.titleIndex].text)
  const { body, credits } = collectBody(lines, layout.bodyStart, title)
  // Reporters in reading order: header credits, then the dateline's, then closing credits.
  const opening = findDateline(body)
  if (opening) addNames(meta.reporters, opening.reporters)
  for (const line of credits) readMetaLine(line, meta)

  const images = body.filter((line) => line.kind === 'image').map((line) => readImageRef(line.text)!.name)
  return {
    title,
    publishedAt: meta.publishedAt,
    source: meta.source,
    reporters: meta.reporters,
    responsibleEditor: meta.responsibleEditor ?? meta.editor,
    dateline: opening ? collapseSpaces(opening.dateline) : null,
    paragraphs: body.map((line) =>
      line.kind === 'image' ? imagePlaceholder(readImageRef(line.text)!.name) : collapseSpaces(line.text),
    ),
    images,
    script: detectScript(page),
  }
}
