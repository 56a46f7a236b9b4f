import { NextResponse, type NextRequest } from 'next/server'

import { ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, withDefaultLanguage } from './src/config/adminLanguage'
import { rewriteQueryPage } from './src/queryPages/rewriteQueryPage'
import { SCRIPT_COOKIE, TRADITIONAL } from './src/script/cookie'
import { isConvertedPath } from './src/script/readerPaths'
import { traditionalPage } from './src/script/traditionalPage'

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isAdminPath(pathname)) return adminInChinese(request)
  // A reader who chose Traditional gets the Simplified page converted; that page's own request comes back here
  // without the cookie (the portal, preview and files stay as they are).
  if (request.cookies.get(SCRIPT_COOKIE)?.value === TRADITIONAL && isConvertedPath(pathname)) {
    return traditionalPage(request)
  }
  return rewriteQueryPage(request) ?? NextResponse.next()
}

/**
 * The admin opens in Simplified Chinese whatever the browser's language, until the user picks another in their
 * account settings (Payload would otherwise follow Accept-Language, so an English browser got English).
 */
const adminInChinese = (request: NextRequest) => {
  const cookie = withDefaultLanguage(request.headers.get('cookie'))
  if (!cookie) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', cookie)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 31536000 })
  return response
}

// Next reads this config without running it, so the entries are literals: the query pages of
// src/queryPages/queryPages.ts, and readers who chose Traditional (SCRIPT_COOKIE = TRADITIONAL in
// src/script/cookie.ts). Every other Simplified page never enters the proxy and costs nothing extra.
export const config = {
  matcher: [
    '/admin/:path*',
    '/admin',
    '/cases',
    '/search',
    { source: '/((?!_next/|api/).*)', has: [{ type: 'cookie', key: 'zh-script', value: 'hant' }] },
  ],
}
