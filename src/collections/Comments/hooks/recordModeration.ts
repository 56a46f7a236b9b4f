import type { CollectionBeforeChangeHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'
import type { Comment } from '@/payload-types'
import { checkModeration } from '@/workflow/commentRules'

/**
 * An editor's approval or rejection, from the admin's form, its list's bulk edit, REST or GraphQL alike: the rules of
 * src/workflow/commentRules.ts, and who decided when, recorded by the server rather than taken from the request.
 */
export const recordModeration: CollectionBeforeChangeHook<Comment> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.status === undefined) return data
  const reason = data.moderationReason === undefined ? originalDoc.moderationReason : data.moderationReason
  const verdict = checkModeration(originalDoc.status, data.status, reason)
  if (!verdict.ok) throw new UserFacingError(verdict.code, 400, req, verdict.vars)
  if (data.status === originalDoc.status) return data
  return { ...data, moderatedBy: req.user?.id ?? null, moderatedAt: new Date().toISOString() }
}
