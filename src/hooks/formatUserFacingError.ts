import type { AfterErrorHook } from 'payload'

import { USER_FACING_ERROR } from '@/lib/UserFacingError'

/**
 * Payload only returns an error's `data` when `instanceof APIError` holds, which fails in the production bundle
 * when the error class is loaded from a second copy of payload. Matching on the name keeps the localized message
 * and the code in every response, so the admin can show the Chinese text.
 */
export const formatUserFacingError: AfterErrorHook = ({ error }) => {
  if (error.name !== USER_FACING_ERROR) return
  const { data, message, status } = error as Error & { data?: Record<string, unknown>; status?: number }
  return { response: { errors: [{ name: USER_FACING_ERROR, message, data }] }, status }
}
