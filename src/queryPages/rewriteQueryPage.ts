import { NextResponse, type NextRequest } from 'next/server'

import { internalPath, isQueryPagePath } from './queryPages'

/** A reader's address of the case library or the search, served from its cacheable internal route; else null. */
export const rewriteQueryPage = (request: NextRequest): NextResponse | null => {
  const { pathname, searchParams } = request.nextUrl
  if (!isQueryPagePath(pathname)) return null
  return NextResponse.rewrite(new URL(internalPath(pathname, searchParams), request.url))
}
