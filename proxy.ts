import { NextResponse, type NextRequest } from 'next/server'

import { ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, withDefaultLanguage } from './src/config/adminLanguage'

/**
 * The admin opens in Simplified Chinese whatever the browser's language, until the user picks another in their
 * account settings (Payload would otherwise follow Accept-Language, so an English browser got English).
 */
export function proxy(request: NextRequest) {
  const cookie = withDefaultLanguage(request.headers.get('cookie'))
  if (!cookie) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', cookie)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 31536000 })
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/admin'],
}
