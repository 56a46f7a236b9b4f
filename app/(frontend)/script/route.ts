import type { NextRequest } from 'next/server'

import { parseScript, SCRIPT_COOKIE, TRADITIONAL } from '@/script/cookie'
import { refererPath, sameSitePath } from '@/script/sameSitePath'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The 简/繁 switch: a plain link, so it works without JavaScript. Stores the choice (Traditional as a cookie,
 * Simplified as no cookie) and sends the reader back to the page they came from — `back` when given, else the
 * Referer of this site's own page (it keeps the query, e.g. a search), else the home page. Only paths on this site
 * are followed.
 */
export function GET(request: NextRequest) {
  const script = parseScript(request.nextUrl.searchParams.get('to'))
  if (!script) return new Response('未知的字体选项 (unknown script: use to=hant or to=hans)', { status: 400 })
  const back =
    sameSitePath(request.nextUrl.searchParams.get('back')) ??
    refererPath(request.headers.get('referer'), request.headers.get('host')) ??
    '/'
  const headers = new Headers({ location: back, 'cache-control': 'no-store' })
  headers.append(
    'set-cookie',
    script === TRADITIONAL
      ? `${SCRIPT_COOKIE}=${TRADITIONAL}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`
      : `${SCRIPT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`,
  )
  return new Response(null, { status: 303, headers })
}
