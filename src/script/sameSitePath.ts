const BASE = 'http://same.site'

/**
 * A path on this site (with its query), or null: what a redirect may send a reader back to. Anything that would
 * leave the site (`//evil.example`, `/\evil.example`, `https://…`, `javascript:`) or carries control characters is
 * refused, so the switch cannot be used to bounce readers elsewhere.
 */
export const sameSitePath = (value: string | null | undefined): string | null => {
  if (!value || value.length > 2000 || !value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  const path = url.pathname + url.search
  // Dot segments are resolved only now (`/.//evil.example` becomes `//evil.example`), so the result is checked
  // again: a browser reads a Location starting with two slashes as another host.
  return /^\/[\\/]/.test(path) ? null : path
}

/** The path of a Referer sent by this site's own pages, or null. */
export const refererPath = (referer: string | null, host: string | null): string | null => {
  if (!referer || !host) return null
  try {
    const url = new URL(referer)
    return url.host === host ? sameSitePath(url.pathname + url.search) : null
  } catch {
    return null
  }
}
