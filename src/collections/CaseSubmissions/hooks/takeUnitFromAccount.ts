import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/** A unit's case belongs to the unit of the account that creates it, whatever the request says. */
export const takeUnitFromAccount: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && hasRole(req.user, 'submitter') && !hasRole(req.user, 'admin', 'editor')) {
    data.organization = relationId(req.user?.organization)
  }
  return data
}
