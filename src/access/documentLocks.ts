import type { Access, SanitizedConfig } from 'payload'

import { isStaffUser } from './roles'

const LOCKS = 'payload-locked-documents'

const lockOwner = (value: unknown): unknown => {
  const owner = (value as { value?: unknown } | null | undefined)?.value
  return typeof owner === 'object' && owner !== null ? (owner as { id?: unknown }).id : owner
}

/** Staff see and clear every lock; anyone else only their own, so a unit never learns who is editing a case. */
const staffOrOwnLock: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isStaffUser(user)) return true
  return { 'user.value': { equals: user.id } }
}

/** Nobody but staff takes a lock in someone else's name. */
const lockInOwnName: Access = ({ req: { user }, data }) =>
  Boolean(user) && (isStaffUser(user) || lockOwner(data?.user) === user?.id)

/**
 * Payload adds its document-lock collection after plugins run, with "any logged-in account" for every operation, so
 * its access can only be narrowed on the built config.
 */
export const restrictDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (locks) {
    locks.access = {
      ...locks.access,
      read: staffOrOwnLock,
      create: lockInOwnName,
      update: staffOrOwnLock,
      delete: staffOrOwnLock,
    }
  }
  return config
}
