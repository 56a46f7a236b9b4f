import { isBreadcrumb } from './oldPageFurniture'
import type { PageLine } from './oldPageText'

/**
 * Where the headline and the body are on a pasted page. Lines are classified first (meta, furniture, picture or
 * text); the layout is then read from the order of the kinds.
 */

export type LineKind = 'meta' | 'skip' | 'end' | 'image' | 'text'

export type Line = PageLine & { kind: LineKind }

/** Which line holds the headline (-1 for none), and where the body begins. */
export type Layout = { titleIndex: number; bodyStart: number }

/** A subtitle (副题) opens with a dash; the headline is the line above it. */
const isSubtitle = (line: Line): boolean => /^[-—–]{1,2}/.test(line.match)

/** A headline is short and does not end like a sentence. */
const isTitleLike = (line: Line): boolean => line.match.length <= 80 && !/[。!?]$/.test(line.match)

/** Article prose has full stops; headlines, menus and meta do not. */
const isProse = (line: Line): boolean => line.kind === 'text' && line.match.includes('。')

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
 * The header meta is the block of meta lines closest above the first paragraph of prose: a government page's
 * index table (索引号, 发文日期) or a sidebar's dated list may come earlier, above the headline. A page with no
 * meta above its prose is read without meta; its closing credits are read with the body.
 */
export const findLayout = (lines: Line[]): Layout => {
  const firstProse = lines.findIndex(isProse)
  let metaIndex = firstProse === -1 ? lines.findIndex((line) => line.kind === 'meta') : -1
  for (let i = firstProse - 1; i >= 0 && metaIndex === -1; i -= 1) if (lines[i].kind === 'meta') metaIndex = i
  if (metaIndex === -1) return layoutWithoutMeta(lines)
  while (metaIndex > 0 && (lines[metaIndex - 1].kind === 'meta' || lines[metaIndex - 1].kind === 'skip')) {
    metaIndex -= 1
  }
  // The block starts at its first meta line; furniture above it belongs to the header, not the block.
  while (lines[metaIndex].kind !== 'meta') metaIndex += 1
  return layoutAroundMeta(lines, metaIndex)
}
