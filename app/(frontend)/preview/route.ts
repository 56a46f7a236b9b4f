import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { hasRole } from '@/access/roles'
import { getPayloadClient } from '@/data/payload'

/** Only paths of this site: an open redirect would let anyone bounce readers elsewhere through us. */
const safePath = (path: string | null) => (path && /^\/(?!\/)[\w\-./%]*$/.test(path) ? path : null)

/**
 * Enters draft mode for a logged-in editor and opens the reader page, so live preview shows the draft as it will
 * look. Anyone else is refused and the page's cache is untouched.
 */
export async function GET(request: NextRequest) {
  const path = safePath(request.nextUrl.searchParams.get('path'))
  if (!path) return new Response('预览地址无效 (invalid preview path)', { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'admin', 'editor')) {
    return new Response('请先以编辑身份登录后台 (log in to the admin as an editor first)', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
