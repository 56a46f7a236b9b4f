import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { MESSAGES, type MessageKey } from '@/i18n/messages'
import { nameKey } from '@/lib/canonicalText'
import { registrationLimit } from '@/limits/registrationLimit'
import type { Organization, User } from '@/payload-types'

import { validateRegistration, type RegistrationField } from './validateRegistration'

export type RegistrationProblem = { field?: RegistrationField; message: string }

/** A refusal a person can act on: `code` and the English text for API clients, Chinese `errors` for people. */
export class RegistrationRefused extends Error {
  constructor(
    readonly code: MessageKey,
    readonly status: number,
    readonly errors: RegistrationProblem[] = [{ message: MESSAGES[code].zh }],
    readonly retryAfterSeconds?: number,
  ) {
    super(MESSAGES[code].en)
    this.name = 'RegistrationRefused'
  }
}

const taken = (field: 'name' | 'email') =>
  field === 'name'
    ? new RegistrationRefused('organizationNameTaken', 409, [
        { field: 'name', message: MESSAGES.organizationNameTaken.zh },
      ])
    : new RegistrationRefused('emailTaken', 409, [{ field: 'email', message: MESSAGES.emailTaken.zh }])

/** Two registrations racing past the checks meet the unique indexes; the loser gets the same answer as a check. */
const uniqueClash = (error: unknown): 'name' | 'email' | null => {
  // By shape: bundlers may copy Payload's ValidationError class and rename it.
  const clash = error as { status?: number; data?: { errors?: { path?: string }[] } } | null
  if (clash?.status !== 400) return null
  const paths = (clash.data?.errors ?? []).map((entry) => entry.path)
  if (paths.includes('email')) return 'email'
  if (paths.includes('name') || paths.includes('nameKey')) return 'name'
  return null
}

export type RegisteredUnit = { organization: Organization; user: User }

/**
 * A unit registers itself: a new organisation awaiting approval and its submitter account, written together or not
 * at all. The request chooses neither roles nor approval. `address` is the caller's, for the per-address brake.
 */
export const registerUnit = async (
  payload: Payload,
  body: unknown,
  address: string | null,
): Promise<RegisteredUnit> => {
  const check = validateRegistration(body)
  if (!check.ok) throw new RegistrationRefused('registrationInvalid', 400, check.errors)
  const slot = await registrationLimit.take(address)
  if (!slot.ok) throw new RegistrationRefused('registrationRateLimited', 429, undefined, slot.retryAfterSeconds)
  const input = check.value

  // On a fresh install the first account becomes the administrator; that must never be a self-registered unit.
  if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    throw new RegistrationRefused('registrationNotOpen', 503)
  }
  const [region, sameName, sameEmail] = await Promise.all([
    payload.find({
      collection: 'regions',
      where: { code: { equals: input.region } },
      limit: 1,
      depth: 0,
      select: { code: true },
      overrideAccess: true,
    }),
    payload.count({
      collection: 'organizations',
      where: { nameKey: { equals: nameKey(input.name) } },
      overrideAccess: true,
    }),
    payload.count({ collection: 'users', where: { email: { equals: input.email } }, overrideAccess: true }),
  ])
  if (region.docs.length === 0) {
    throw new RegistrationRefused('registrationInvalid', 400, [{ field: 'region', message: '请选择所在地区' }])
  }
  if (sameName.totalDocs > 0) throw taken('name')
  if (sameEmail.totalDocs > 0) throw taken('email')

  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const started = await initTransaction(req)
  let organization: Organization | null = null
  try {
    organization = await payload.create({
      collection: 'organizations',
      data: {
        name: input.name,
        kind: input.kind,
        region: region.docs[0].id,
        contactPerson: input.contactPerson,
        phone: input.phone,
        email: input.email,
        approval: 'pending',
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    const user = await payload.create({
      collection: 'users',
      data: {
        email: input.email,
        password: input.password,
        name: input.contactPerson,
        roles: ['submitter'],
        organization: organization.id,
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (started) await commitTransaction(req)
    return { organization, user }
  } catch (error) {
    if (started) await killTransaction(req)
    // Without transactions (MongoDB outside a replica set) the organisation is undone by hand.
    else if (organization) {
      await payload.delete({ collection: 'organizations', id: organization.id, overrideAccess: true }).catch(() => {})
    }
    const clash = uniqueClash(error)
    if (clash) throw taken(clash)
    throw error
  }
}
