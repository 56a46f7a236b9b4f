/**
 * The reader's script choice. Only Traditional is stored: a Simplified reader carries no cookie at all, so the
 * default page and its cache key are the same for everyone who never used the switch.
 */
export const SCRIPT_COOKIE = 'zh-script'
export const TRADITIONAL = 'hant'

export type Script = 'hans' | 'hant'

export const parseScript = (value: string | null | undefined): Script | null =>
  value === 'hant' || value === 'hans' ? value : null

/** A cookie header without the script cookie: what the Simplified page is fetched with. */
export const withoutScriptCookie = (cookieHeader: string): string =>
  cookieHeader
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${SCRIPT_COOKIE}=`))
    .join('; ')
