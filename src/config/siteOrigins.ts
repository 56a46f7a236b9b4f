/**
 * Which origins the login cookie serves, from the addresses the site is published under. Pure, so the rules are
 * unit-tested without starting Payload.
 */
export type OriginEnv = { SERVER_URL?: string; SITE_URL?: string; [name: string]: string | undefined }

const originOf = (url: string | undefined): string | null => {
  if (!url?.trim()) return null
  try {
    const { origin, protocol } = new URL(url.trim())
    return protocol === 'https:' || protocol === 'http:' ? origin : null
  } catch {
    return null
  }
}

/**
 * Payload's `csrf` list: a request carrying the login cookie counts as logged in only when its Origin is one of
 * these (without an Origin, only when the browser marks it same-site). SERVER_URL serves the admin and the API,
 * SITE_URL the reader site and its submission portal, which log in with the same cookie. Written as origins because
 * browsers send no trailing slash. Without either (a demo on localhost) the list is empty and Payload checks nothing.
 */
export const csrfOrigins = (env: OriginEnv): string[] => [
  ...new Set([originOf(env.SERVER_URL), originOf(env.SITE_URL)].filter((origin): origin is string => !!origin)),
]

/** Login cookies are Secure when the site is served over https; a demo on http://localhost must still log in. */
export const secureCookies = (env: OriginEnv): boolean => originOf(env.SERVER_URL)?.startsWith('https:') ?? false
