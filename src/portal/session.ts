import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { getPayloadClient } from '@/data/payload'
import { relationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

/** The account behind this request's `payload-token` cookie (the same cookie the admin uses), or null. */
export const portalUser = async (): Promise<User | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
}

export type UnitAccount = User & { organization: number }

/** A submitter with a unit: the only kind of account the portal serves. */
export const isUnitAccount = (user: User | null): user is UnitAccount =>
  hasRole(user, 'submitter') && relationId(user?.organization) != null

/** The logged-in unit account with its unit as a plain id, or null for anyone else. */
export const currentUnitAccount = async (): Promise<UnitAccount | null> => {
  const user = await portalUser()
  return isUnitAccount(user) ? { ...user, organization: relationId(user.organization) as number } : null
}

/** For pages behind the login: anyone else is sent to the portal's front page to log in. */
export const requireUnitAccount = async (): Promise<UnitAccount> =>
  (await currentUnitAccount()) ?? redirect('/submit?login=1')
