import { NextResponse, type NextRequest } from 'next/server'

import { NONCE_LATER_HEADER } from '@/csp/readerPolicy.mjs'

import { withoutScriptCookie } from './cookie'
import { toTraditionalMemoised } from './memo'

/** Marks the request for the Simplified original, so it can never be converted (or loop) itself. */
export const SOURCE_REQUEST_HEADER = 'x-script-source'

/** Pages, and the server-component payloads should a navigation's request ever reach here unrecognised. */
const CONVERTED_TYPES = ['text/html', 'text/x-component']

/** Hop-by-hop and validator headers: the body changes, so the Simplified page's ETag must not be reused. */
const DROPPED_HEADERS = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag']
const CONDITIONAL_HEADERS = ['if-none-match', 'if-modified-since', 'if-match', 'if-range']

/**
 * The app itself on the loopback interface (`next start` records its port in PORT). Never the request's Host: a
 * forged Host would make the server fetch, convert and hand out someone else's page.
 */
const appOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`

export const varyOnCookie = (headers: Headers) => {
  const vary = headers.get('vary') ?? ''
  if (!/(^|,)\s*cookie\s*(,|$)/i.test(vary)) headers.set('vary', vary ? `${vary}, Cookie` : 'Cookie')
}

const sourceRequest = (request: NextRequest): Promise<Response> => {
  const headers = new Headers(request.headers)
  const cookie = withoutScriptCookie(headers.get('cookie') ?? '')
  if (cookie) headers.set('cookie', cookie)
  else headers.delete('cookie')
  for (const name of CONDITIONAL_HEADERS) headers.delete(name)
  // The page's absolute URLs keep the reader's host
  if (!headers.has('x-forwarded-host') && headers.has('host')) headers.set('x-forwarded-host', headers.get('host')!)
  headers.delete('host')
  headers.set('accept-encoding', 'identity')
  headers.set(SOURCE_REQUEST_HEADER, '1')
  // The nonce goes on the converted page as it leaves (server.mjs), or later still at the front
  headers.set(NONCE_LATER_HEADER, '1')
  const url = new URL(request.url)
  return fetch(`${appOrigin()}${url.pathname}${url.search}`, { headers, redirect: 'manual', cache: 'no-store' })
}

/**
 * Client-side navigations and prefetches fetch a server-component payload, but Next hides the headers that ask for
 * one (RSC, the router state) from the proxy, so it cannot ask the app for the same payload to convert. They get no
 * content instead, on which Next's router loads the page as a document: one full page load per navigation, always
 * in Traditional, never a Simplified payload mixed into a Traditional page.
 */
const fullPageLoad = () => new Response(null, { status: 204, headers: { vary: 'Cookie', 'cache-control': 'no-store' } })

/** The converted document says what it is; only the root element's attribute, the payload is left alone. */
const withTraditionalLang = (html: string) => html.replace('<html lang="zh-CN"', '<html lang="zh-Hant"')

/**
 * A reader page in Traditional characters: the app's own Simplified response (served from its cache like any other
 * request) converted as a whole, HTML and embedded payload alike, so hydration and client-side navigation stay in
 * Traditional without any page or component knowing about scripts. Converting the finished output rather than the
 * data keeps the many reader pages free of converter calls, and one memoised conversion per cached page keeps it
 * cheap. Form posts and server actions pass through unconverted.
 */
export async function traditionalPage(request: NextRequest): Promise<Response> {
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (!isRead || request.headers.has(SOURCE_REQUEST_HEADER)) return NextResponse.next()
  if (request.headers.get('sec-fetch-dest') === 'empty') return fullPageLoad()
  const source = await sourceRequest(request)
  const headers = new Headers(source.headers)
  for (const name of DROPPED_HEADERS) headers.delete(name)
  // Next's notes from the source request's own pass through the proxy (such as the rewrite of a query page): handed
  // back from here, Next would read them as this request's rewrite.
  for (const name of [...headers.keys()]) if (name.startsWith('x-middleware-')) headers.delete(name)
  varyOnCookie(headers)
  const type = headers.get('content-type') ?? ''
  const status = source.status
  if (!CONVERTED_TYPES.some((converted) => type.startsWith(converted)) || !source.body) {
    return new Response(source.body, { status, headers })
  }
  const simplified = await source.text()
  const traditional = toTraditionalMemoised(simplified)
  if (traditional === null)
    console.warn(`Traditional conversion would change byte lengths: ${request.nextUrl.pathname}`)
  headers.set('content-language', traditional === null ? 'zh-CN' : 'zh-Hant')
  const body =
    traditional === null ? simplified : type.startsWith('text/html') ? withTraditionalLang(traditional) : traditional
  return new Response(request.method === 'HEAD' ? null : body, { status, headers })
}
