import { DEFAULT_CASE_TYPES } from '@/collections/Campaigns/activityTypes'
import { getPayloadClient } from '@/data/payload'
import type { AuditEvent, Campaign, CaseSubmission, Organization, Region } from '@/payload-types'
import { windowPosition } from '@/workflow/timeWindow'

import type { UnitAccount } from './session'

/** A campaign's call as the portal shows it. */
export type CaseCall = {
  id: number
  name: string
  theme: string | null
  opens: string | null
  closes: string | null
  caseTypes: string[]
  position: 'before' | 'open' | 'after'
}

const toCall = (campaign: Campaign, now: Date): CaseCall => {
  const opens = campaign.caseCall?.submissionOpens ?? null
  const closes = campaign.caseCall?.submissionCloses ?? null
  return {
    id: campaign.id,
    name: campaign.name,
    theme: campaign.theme ?? null,
    opens,
    closes,
    caseTypes: campaign.caseCall?.caseTypes?.length ? campaign.caseCall.caseTypes : DEFAULT_CASE_TYPES,
    position: windowPosition({ opens, closes }, now),
  }
}

/** Campaigns with a call for cases (a submission window set) that is open or yet to open, soonest closing first. */
export const currentCalls = async (): Promise<CaseCall[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      or: [{ 'caseCall.submissionOpens': { exists: true } }, { 'caseCall.submissionCloses': { exists: true } }],
    },
    sort: 'caseCall.submissionCloses',
    pagination: false,
    depth: 0,
    select: { name: true, theme: true, caseCall: true },
    overrideAccess: false,
  })
  const now = new Date()
  return docs.map((doc) => toCall(doc as Campaign, now)).filter((call) => call.position !== 'after')
}

/** The calls a case's form offers: the current ones, plus the case's own campaign even after its call closed. */
export const callsForForm = async (campaignId: number | null): Promise<CaseCall[]> => {
  const calls = await currentCalls()
  if (campaignId == null || calls.some((call) => call.id === campaignId)) return calls
  const payload = await getPayloadClient()
  const own = await payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })
  return own ? [toCall(own, new Date()), ...calls] : calls
}

export type RegionOption = Pick<Region, 'id' | 'code' | 'name' | 'fullName' | 'level'>

/** Every region in division-code order, for the region pickers (a few hundred: provinces, cities, some counties). */
export const regionOptions = async (): Promise<RegionOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'regions',
    sort: 'code',
    pagination: false,
    depth: 0,
    select: { code: true, name: true, fullName: true, level: true },
    overrideAccess: false,
  })
  return docs as RegionOption[]
}

/** The unit the account belongs to, read with the account's own access. */
export const ownUnit = async (user: UnitAccount): Promise<Organization | null> => {
  const payload = await getPayloadClient()
  return payload.findByID({
    collection: 'organizations',
    id: user.organization,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
}

export type CaseRow = Pick<CaseSubmission, 'id' | 'title' | 'status' | 'type' | 'createdAt' | 'updatedAt'> & {
  campaign: Pick<Campaign, 'id' | 'name'> | number
}

/** The unit's own cases, newest change first. Readers' access would also show other units' public cases. */
export const unitCases = async (user: UnitAccount): Promise<CaseRow[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'case-submissions',
    where: { organization: { equals: user.organization } },
    sort: '-updatedAt',
    pagination: false,
    depth: 1,
    select: { title: true, status: true, type: true, campaign: true, createdAt: true, updatedAt: true },
    populate: { campaigns: { name: true } },
    user,
    overrideAccess: false,
  })
  return docs as CaseRow[]
}

/** One of the unit's cases with its photos and attachments, or null when it is not theirs. */
export const unitCase = async (user: UnitAccount, id: string): Promise<CaseSubmission | null> => {
  if (!/^[\w-]{1,40}$/.test(id)) return null
  const payload = await getPayloadClient()
  const doc = await payload.findByID({
    collection: 'case-submissions',
    id,
    depth: 1,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  const organization = doc && typeof doc.organization === 'object' ? doc.organization?.id : doc?.organization
  return doc && String(organization) === String(user.organization) ? doc : null
}

export type TimelineEntry = Pick<AuditEvent, 'id' | 'from' | 'to' | 'at' | 'comment'>

/** The case's trail as the unit may see it: the collection's field access leaves out who acted and from where. */
export const caseTimeline = async (user: UnitAccount, caseId: number): Promise<TimelineEntry[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'audit-events',
    where: { case: { equals: caseId } },
    sort: 'at',
    pagination: false,
    depth: 0,
    select: { from: true, to: true, at: true, comment: true },
    user,
    overrideAccess: false,
  })
  return docs as TimelineEntry[]
}
