import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/access/roles'

/** Editors and admins read the whole queue; everyone else (readers, units, reviewers) only approved comments. */
export const readComments: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') ? true : { status: { equals: 'approved' } }

/** What moderation recorded (flagged words, reason, moderator) is the newsroom's, not the readers'. */
export const moderatorsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const never = () => false
