import type { Payload } from 'payload'

import type { Organization } from '@/payload-types'
import { loadRegions } from '@/regions/loadRegions'

import { seedContent } from './content'
import { seedSiteSettings } from './content/siteSettings'
import { demoOrganizations } from './organizations'
import { demoUsers } from './users'

const context = { disableRevalidate: true }

const upsertOrganizations = async (payload: Payload) => {
  const codes = demoOrganizations.map((org) => org.regionCode)
  const regions = await payload.find({
    collection: 'regions',
    where: { code: { in: codes } },
    pagination: false,
    depth: 0,
    select: { code: true },
  })
  const regionId = new Map(regions.docs.map((region) => [region.code, region.id]))
  const ids = new Map<string, Organization['id']>()
  for (const { key, regionCode, ...org } of demoOrganizations) {
    // Units on file by staff are trusted: approval is for units that register themselves
    const data = { ...org, region: regionId.get(regionCode), approval: 'approved' as const }
    const found = await payload.find({ collection: 'organizations', where: { name: { equals: org.name } }, limit: 1 })
    const doc = found.docs[0]
      ? await payload.update({ collection: 'organizations', id: found.docs[0].id, data, context })
      : await payload.create({ collection: 'organizations', data, context })
    ids.set(key, doc.id)
  }
  return ids
}

/** Creates or refreshes the demo accounts; their password is reset to `password` on every run. */
const upsertUsers = async (payload: Payload, organizations: Map<string, Organization['id']>, password: string) => {
  for (const { organizationKey, ...user } of demoUsers) {
    const data = { ...user, password, organization: organizationKey ? organizations.get(organizationKey) : null }
    const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1 })
    if (found.docs[0]) {
      await payload.update({
        collection: 'users',
        id: found.docs[0].id,
        data: { ...data, loginAttempts: 0, lockUntil: null },
        context,
      })
    } else {
      await payload.create({ collection: 'users', data, context })
    }
  }
}

/** Loads the demo: regions, units, accounts. Idempotent: a second run updates in place and duplicates nothing. */
export const seedDemo = async (payload: Payload, { password }: { password: string }) => {
  const regions = await loadRegions(payload)
  payload.logger.info(`regions: ${regions.created} created, ${regions.renamed} renamed, ${regions.unchanged} unchanged`)
  const organizations = await upsertOrganizations(payload)
  await upsertUsers(payload, organizations, password)
  payload.logger.info(`demo accounts ready: ${demoUsers.map((user) => user.email).join(', ')}`)
  await seedContent(payload)
  await seedSiteSettings(payload)
}
