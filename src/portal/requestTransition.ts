import { createLocalReq } from 'payload'

import { transitionCase } from '@/collections/CaseSubmissions/transitionCase'
import { getPayloadClient } from '@/data/payload'
import type { User } from '@/payload-types'

import { portalErrors, UNEXPECTED, type PortalError } from './portalErrors'

/**
 * Moves a unit's case on its behalf through transitionCase, the same function the REST endpoint calls, so the
 * workflow, the audit entry (with the address the portal's request came from) and the mails are the endpoint's own.
 */
export const requestTransition = async (
  user: User,
  id: number | string,
  to: string,
  comment: string | null,
  address: string | null,
): Promise<{ ok: true } | { ok: false; errors: PortalError[] }> => {
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  try {
    await transitionCase(req, id, { to, comment, address })
    return { ok: true }
  } catch (error) {
    const errors = portalErrors(error)
    if (errors[0]?.message === UNEXPECTED) payload.logger.error({ err: error }, 'portal: moving a case failed')
    return { ok: false, errors }
  }
}
