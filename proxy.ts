import { NextResponse, type NextRequest } from 'next/server'

import { ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, withDefaultLanguage } from './src/config/adminLanguage'
import { isConvertedPath } from './src/script/readerPaths'
import { traditionalPage } from './src/script/traditionalPage'

/**
 * The admin opens in Simplified Chinese whatever the browser's language, until the user picks another in their
 * account settings (Payload would otherwise follow Accept-Language, so an English browser got English).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // The matcher's other entry: a reader who chose Traditional (the portal, preview and files stay as they are)
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) {
    return isConvertedPath(pathname) ? traditionalPage(request) : NextResponse.next()
  }
  const cookie = withDefaultLanguage(request.headers.get('cookie'))
  if (!cookie) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', cookie)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 31536000 })
  return response
}

export const config = {
  matcher: [
    '/admin/:path*',
    '/admin',
    // Readers who chose Traditional (SCRIPT_COOKIE = TRADITIONAL in src/script/cookie.ts; literals, as Next reads this
    // config without running it). Everyone else never enters the proxy, so Simplified pages cost nothing extra.
    { source: '/((?!_next/|api/).*)', has: [{ type: 'cookie', key: 'zh-script', value: 'hant' }] },
  ],
}
