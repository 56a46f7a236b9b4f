import type { PayloadRequest } from 'payload'

import type { MessageKey } from '@/i18n/messages'
import { UserFacingError } from '@/lib/UserFacingError'

import { hasRole, type Role } from './roles'

const opening =
  (key: MessageKey, ...roles: Role[]) =>
  (req: PayloadRequest): void => {
    // 401 asks the caller to log in; 403 says logging in again will not help.
    if (!hasRole(req.user, ...roles)) throw new UserFacingError(key, req.user ? 403 : 401, req)
  }

/** The first line of an endpoint for editors and admins only. */
export const requireEditor = opening('editorsOnly', 'editor', 'admin')

/** The first line of an endpoint for staff only (reviewers too). */
export const requireStaff = opening('staffOnly', 'admin', 'editor', 'reviewer')
