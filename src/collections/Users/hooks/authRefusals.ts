import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import type { MessageKey } from '@/i18n/messages'
import { USER_FACING_ERROR, UserFacingError } from '@/lib/UserFacingError'

/**
 * Payload's own auth routes refuse with its English sentences: these are their answers in the house shape. Keyed by
 * route and status, not by the error's class or text: bundlers rename classes, and the text is Payload's to change.
 * A locked account answers as a wrong password does (both are 401), so neither tells whether an account exists.
 */
const REFUSALS: Record<string, Record<number, MessageKey>> = {
  login: { 400: 'loginFieldsMissing', 401: 'loginFailed' },
  'forgot-password': { 400: 'emailRequired' },
  // hooks/checkPasswordReset.ts refuses a stale link first; this is a link spent by a parallel reset meanwhile.
  'reset-password': { 403: 'resetTokenInvalid' },
}

const routeOf = (req: PayloadRequest, slug: string) => {
  const path = new URL(req.url ?? '', 'http://localhost').pathname
  const prefix = `/${slug}/`
  const at = path.lastIndexOf(prefix)
  return at === -1 ? '' : path.slice(at + prefix.length)
}

export const authRefusals: CollectionAfterErrorHook = ({ collection, error, req }) => {
  const { name, status } = error as Error & { status?: number }
  if (name === USER_FACING_ERROR || status === undefined) return
  const key = REFUSALS[routeOf(req, collection.slug)]?.[status]
  if (!key) return
  const { name: refusalName, message, data } = new UserFacingError(key, status, req)
  return { response: { errors: [{ name: refusalName, message, data: data ?? undefined }] }, status }
}
