import { DomUtils, parseDocument } from 'htmlparser2'

import { imageLine } from './oldPageImages'

/**
 * The HTML of a pasted page (what a browser's clipboard carries as text/html, or a saved page) as the plain text
 * the page parser reads: one line per block, table cells apart on their row, images as their file names, and
 * nothing a reader never sees (scripts, styles, hidden templates, form controls).
 */

type Node = ReturnType<typeof parseDocument>['children'][number]
type Element = Extract<Node, { attribs: Record<string, string> }>

/** Content no reader sees as text on the page. `nav` is always menus; forms are kept (some sites wrap the whole page in one). */
const DROPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'select',
  'textarea',
  'button',
  'input',
  'nav',
  'audio',
  'video',
  'map',
])

const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr html li main ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
)

/** Templates for comment boxes and pop-ups sit in the page hidden until a script shows them. */
const isHidden = (attribs: Record<string, string>): boolean =>
  'hidden' in attribs ||
  attribs['aria-hidden'] === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')

/** Icons, spacers and tracking pixels say how small they are; photos rarely do, and are never this small. */
const isTiny = (attribs: Record<string, string>): boolean =>
  ['width', 'height'].some((side) => {
    const size = Number.parseInt(attribs[side] ?? '', 10)
    return Number.isFinite(size) && size < 60
  })

/** Every node under `node` in document order, without recursion: a paste may nest elements thousands deep. */
const descendants = (node: Node): Node[] => {
  const found: Node[] = []
  const stack = DomUtils.hasChildren(node) ? [...node.children].reverse() : []
  while (stack.length > 0) {
    const next = stack.pop()!
    found.push(next)
    if (DomUtils.hasChildren(next)) for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i])
  }
  return found
}

const text = (node: Node): string =>
  descendants(node)
    .map((child) => (DomUtils.isText(child) ? child.data : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/** A list whose items are each one short link is a menu: the browser shows it on one line, so do we. */
const menuItems = (list: Element): string[] | null => {
  const items = list.children.filter((child): child is Element => DomUtils.isTag(child) && child.name === 'li')
  if (items.length < 3) return null
  const labels = items.map(text)
  const allLinks = items.every((item, i) => {
    const links = descendants(item).filter((child) => DomUtils.isTag(child) && child.name === 'a')
    return links.length === 1 && text(links[0]) === labels[i] && labels[i].length <= 10
  })
  return allLinks ? labels : null
}

class Lines {
  private lines: string[] = []
  private current = ''
  private afterLink = false
  private preDepth = 0

  add(data: string): void {
    const piece = this.preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' ')
    if (this.preDepth > 0 && piece.includes('\n')) {
      const [first, ...rest] = piece.split('\n')
      this.current += first
      for (const line of rest) {
        this.break()
        this.current = line
      }
    } else {
      this.current += piece
    }
    if (piece.trim()) this.afterLink = false
  }

  /** Links set side by side with no space between read as one word in text; a space keeps menu items apart. */
  openLink(): void {
    if (this.afterLink && this.current && !/\s$/.test(this.current)) this.current += ' '
  }

  closeLink(): void {
    this.afterLink = true
  }

  /** Table cells on one row stay on one line, with the layout gap the meta reader splits fields at. */
  gap(): void {
    if (this.current.trim()) this.current += '  '
  }

  break(): void {
    if (this.current.trim()) this.lines.push(this.current.trim())
    this.current = ''
    this.afterLink = false
  }

  line(text: string): void {
    this.break()
    this.lines.push(text)
  }

  pre(delta: number): void {
    this.preDepth += delta
  }

  toString(): string {
    this.break()
    return this.lines.join('\n')
  }
}

/** What to do on entering an element; returns what to do on leaving it, or null to leave its content out. */
const enter = (node: Element, out: Lines): (() => void) | null => {
  const name = node.name.toLowerCase()
  if (DROPPED.has(name) || isHidden(node.attribs)) return null
  if (name === 'br') {
    out.break()
    return null
  }
  if (name === 'img') {
    const src = node.attribs.src || node.attribs['data-src'] || node.attribs['data-original'] || ''
    const image = isTiny(node.attribs) ? null : imageLine(src)
    if (image) out.line(image)
    return null
  }
  if (name === 'ul' || name === 'ol') {
    const menu = menuItems(node)
    if (menu) {
      out.line(menu.join(' | '))
      return null
    }
  }
  const block = BLOCKS.has(name)
  if (block) out.break()
  if (name === 'td' || name === 'th') out.gap()
  if (name === 'a') out.openLink()
  if (name === 'pre') out.pre(1)
  return () => {
    if (name === 'pre') out.pre(-1)
    if (name === 'a') out.closeLink()
    if (block) out.break()
  }
}

/** Walks the document with a stack of its own rather than recursion, so no nesting depth overflows the call stack. */
const walk = (roots: Node[], out: Lines): void => {
  const stack: (Node | (() => void))[] = [...roots].reverse()
  while (stack.length > 0) {
    const next = stack.pop()!
    if (typeof next === 'function') {
      next()
      continue
    }
    if (DomUtils.isText(next)) out.add(next.data)
    if (!DomUtils.isTag(next)) continue
    const leave = enter(next, out)
    if (!leave) continue
    stack.push(leave)
    for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i])
  }
}

/** Pasted HTML as page text, entities decoded; the page parser then reads it as it reads copied text. */
export const htmlToPageText = (html: string): string => {
  const document = parseDocument(html, { decodeEntities: true })
  const out = new Lines()
  walk(document.children, out)
  return out.toString()
}
