import { relationId } from '@/lib/relationId'
import type { CaseSubmission, Region } from '@/payload-types'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

const DAY_MS = 24 * 60 * 60 * 1000
/** The publicity period a campaign gives when it names none (the case workflow's own default). */
const DEFAULT_PUBLICITY_DAYS = 7
/** More cases than any campaign proposes at once; the notice is one bounded read. */
const MAX_PROPOSED = 200

export type PublicityCase = Pick<CaseSubmission, 'id' | 'title' | 'type'> & {
  unitName: string | null
  region: Pick<Region, 'code' | 'name'> | null
  starts: string
  ends: string
}

export type PublicityNotice = {
  campaign: { id: number | string; name: string; slug: string }
  cases: PublicityCase[]
}

/**
 * A campaign's 公示: the cases proposed as excellent, each with its publicity period. The period ends at the case's
 * own deadline and starts the campaign's publicity days before it (when the editor proposed it).
 */
export const getPublicityNotice = cached(
  async (options: ReadOptions, campaignSlug: string): Promise<PublicityNotice | null> => {
    const payload = await getPayloadClient()
    const access = accessFor(options)
    const campaign = (
      await payload.find({
        collection: 'campaigns',
        where: { slug: { equals: campaignSlug } },
        limit: 1,
        pagination: false,
        depth: 0,
        select: { name: true, slug: true, caseCall: { publicityDays: true } },
        ...access,
      })
    ).docs[0]
    if (!campaign?.slug) return null
    const days = campaign.caseCall?.publicityDays ?? DEFAULT_PUBLICITY_DAYS
    const { docs } = await payload.find({
      collection: 'case-submissions',
      where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'proposed' } }] },
      sort: 'publicityEndsAt',
      limit: MAX_PROPOSED,
      pagination: false,
      depth: 1,
      select: { title: true, organization: true, type: true, region: true, publicityEndsAt: true },
      ...access,
    })
    // Units are private records; only the names of the proposed cases' own units are public, read in one query
    const unitIds = [...new Set(docs.map((doc) => relationId(doc.organization)).filter((id) => id != null))]
    const units = unitIds.length
      ? (
          await payload.find({
            collection: 'organizations',
            where: { id: { in: unitIds } },
            limit: unitIds.length,
            pagination: false,
            depth: 0,
            select: { name: true },
            overrideAccess: true,
          })
        ).docs
      : []
    const unitName = new Map(units.map((unit) => [String(unit.id), unit.name]))
    return {
      campaign: { id: campaign.id, name: campaign.name, slug: campaign.slug },
      cases: docs.flatMap((doc) => {
        if (!doc.publicityEndsAt) return []
        const region = doc.region && typeof doc.region === 'object' ? doc.region : null
        return [
          {
            id: doc.id,
            title: doc.title,
            unitName: unitName.get(String(relationId(doc.organization))) ?? null,
            type: doc.type,
            region: region ? { code: region.code, name: region.name } : null,
            starts: new Date(Date.parse(doc.publicityEndsAt) - days * DAY_MS).toISOString(),
            ends: doc.publicityEndsAt,
          },
        ]
      }),
    }
  },
  'publicity-notice',
  () => [CACHE_TAGS.cases, CACHE_TAGS.campaigns, CACHE_TAGS.regions],
)
