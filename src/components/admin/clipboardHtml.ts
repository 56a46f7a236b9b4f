/**
 * The HTML a browser's clipboard carries for a copied page, cut down to what the import reads: the elements, their
 * text and the attributes that say where a picture is or that something is hidden. Browsers inline every computed
 * style into copied HTML, which can make it ten times the size of its text.
 */

const DROPPED = 'script, style, noscript, svg, template, iframe, link, meta, object, embed'
const KEPT_ATTRIBUTES = new Set(['src', 'data-src', 'data-original', 'width', 'height', 'hidden', 'aria-hidden'])
const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i

export const slimClipboardHtml = (html: string): string => {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove())
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (HIDING.test(element.getAttribute('style') ?? '')) element.setAttribute('hidden', '')
    for (const name of element.getAttributeNames()) {
      if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(name)
    }
  }
  return doc.body.innerHTML
}
