/** The admin's language cookie (Payload's own name) and the language it starts in. */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
export const DEFAULT_ADMIN_LANGUAGE = 'zh'

/**
 * Adds the default language to a Cookie header that names none; leaves a chosen language alone. Pure, so the rule
 * is unit-tested without Next.
 */
export const withDefaultLanguage = (cookieHeader: string | null): string | null => {
  const header = cookieHeader ?? ''
  const present = header.split(';').some((part) => part.trim().startsWith(`${ADMIN_LANGUAGE_COOKIE}=`))
  if (present) return null
  const entry = `${ADMIN_LANGUAGE_COOKIE}=${DEFAULT_ADMIN_LANGUAGE}`
  return header.trim() ? `${header}; ${entry}` : entry
}
