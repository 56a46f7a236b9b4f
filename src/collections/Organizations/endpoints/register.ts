import type { Endpoint } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { UserFacingError } from '@/lib/UserFacingError'

import { RegistrationRefused, registerUnit } from '../registration/registerUnit'

/**
 * POST /api/organizations/register {name, kind, region (division code), contactPerson, phone, email, password}:
 * public. Creates the unit (pending approval) and its submitter account in one go; 201 with both. Refusals: 400
 * with one entry per wrong field in `data.errors`, 409 when the name or email is already registered, 429 with
 * Retry-After when one address registers too often.
 */
export const registerEndpoint: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const body = await req.json?.().catch(() => null)
    try {
      const { organization, user } = await registerUnit(req.payload, body, clientAddress(req))
      return Response.json(
        {
          message: 'Registered; the unit can submit cases once an editor approves it',
          organization: { id: organization.id, name: organization.name, approval: organization.approval },
          user: { id: user.id, email: user.email },
        },
        { status: 201 },
      )
    } catch (error) {
      if (!(error instanceof RegistrationRefused)) throw error
      const { code, status, errors, retryAfterSeconds } = error
      throw new UserFacingError(code, status, req, {}, { errors, retryAfterSeconds })
    }
  },
}
