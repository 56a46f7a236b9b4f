import { cookies } from 'next/headers'
import { generatePayloadCookie, type Payload } from 'payload'

/** Sets the login cookie exactly as the admin does, so one login serves both the portal and the admin's API. */
export const setAuthCookie = async (payload: Payload, token: string) => {
  const authConfig = payload.collections.users.config.auth
  const cookie = generatePayloadCookie({
    collectionAuthConfig: authConfig,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: true,
    token,
  })
  ;(await cookies()).set(cookie.name, token, {
    domain: authConfig.cookies.domain,
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    httpOnly: true,
    path: '/',
    sameSite:
      typeof authConfig.cookies.sameSite === 'string' ? (authConfig.cookies.sameSite.toLowerCase() as 'lax') : 'lax',
    secure: authConfig.cookies.secure || false,
  })
}
