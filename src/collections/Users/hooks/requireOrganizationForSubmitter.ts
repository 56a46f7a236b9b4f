import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { UserFacingError } from '@/lib/UserFacingError'

/** Case submissions take their unit from the account, so a submitter without one could submit for nobody. */
export const requireOrganizationForSubmitter: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const roles = data.roles ?? originalDoc?.roles ?? []
  const organization = data.organization !== undefined ? data.organization : originalDoc?.organization
  if (hasRole({ roles }, 'submitter') && !organization) {
    throw new UserFacingError('submitterNeedsOrganization', 400, req)
  }
  return data
}
