/** Schemes a link written by an editor (or pasted into a case) may open in a reader's browser. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href a rich-text link may carry, or null when it must not be a link. React blocks only `javascript:`, but
 * `data:` and `vbscript:` run script too. Browsers drop ASCII whitespace and control characters before reading the
 * scheme (`java\tscript:`), so the scheme is read the same way; a relative address (`/topics/x`, `#note`, `?q=`) has
 * no scheme and stays a link.
 */
export const safeLinkHref = (url: string | null | undefined): string | null => {
  if (typeof url !== 'string') return null
  const stripped = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (!stripped) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(stripped)
  if (!scheme) return url.trim()
  return SAFE_SCHEMES.has(`${scheme[1].toLowerCase()}:`) ? url.trim() : null
}
