/** ASCII control characters (CR and LF among them) and the backslash, which browsers read as a slash. */
const UNSAFE = /[\u0000-\u001f\u007f\\]/

/** A path on this site: one leading slash (two would name another host), nothing a header or a browser misreads. */
export const isSameSitePath = (value: string): boolean =>
  value.startsWith('/') && !value.startsWith('//') && !UNSAFE.test(value)

/**
 * Where a redirect may send a reader: a path on this site or an http(s) address. It ends up in a Location header,
 * so `javascript:`, `data:` and control characters (which split the header in two) are refused.
 */
export const isRedirectTarget = (value: string): boolean => {
  if (isSameSitePath(value)) return true
  if (UNSAFE.test(value) || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}
