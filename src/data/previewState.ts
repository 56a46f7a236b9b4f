import { draftMode, headers } from 'next/headers'

import { getPayloadClient } from './payload'
import type { ReadOptions } from './readOptions'

/**
 * Readers always get the cached published page. Only in draft mode (entered through /preview by a logged-in
 * editor) are the request headers read, to pass the editor's own account to the queries.
 */
export const readOptionsForRequest = async (): Promise<ReadOptions> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return {}
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { draft: true, user: user as ReadOptions['user'] } : {}
}
