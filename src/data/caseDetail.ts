import type { CaseSubmission, Campaign } from '@/payload-types'
import { relationId } from '@/lib/relationId'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'

import { cached } from './cached'
import { CACHE_TAGS } from './cacheTags'
import { getPayloadClient } from './payload'
import { accessFor, type ReadOptions } from './readOptions'

export type ReaderCase = Pick<
  CaseSubmission,
  | 'id'
  | 'title'
  | 'type'
  | 'status'
  | 'summary'
  | 'body'
  | 'keyFigures'
  | 'photos'
  | 'region'
  | 'intake'
  | 'votes'
  | 'publicityEndsAt'
  | 'updatedAt'
> & {
  unitName: string | null
  voting: { opens: string | null; closes: string | null }
  campaign: Pick<Campaign, 'id' | 'name' | 'slug'> | null
}

/**
 * One case as readers may see it (shortlisted, proposed or excellent; the collection's access decides), with the
 * submitting unit's name and the campaign's voting window. Contact fields never come back for readers.
 */
export const getReaderCase = cached(
  async (options: ReadOptions, id: string): Promise<ReaderCase | null> => {
    const payload = await getPayloadClient()
    // An address that can name no case (text where ids are numbers or UUIDs) is a 404 without a query
    const caseId = documentIdFrom(id, idShape(payload, 'case-submissions'))
    if (caseId === null) return null
    const doc = await payload
      .findByID({ collection: 'case-submissions', id: caseId, depth: 1, ...accessFor(options) })
      .catch(() => null)
    if (!doc) return null
    const unitId = relationId(doc.organization)
    // Units are private records; only the name of a case's own unit is public
    const unit =
      unitId == null
        ? null
        : await payload.findByID({
            collection: 'organizations',
            id: unitId,
            depth: 0,
            select: { name: true },
            overrideAccess: true,
            disableErrors: true,
          })
    const campaign = typeof doc.campaign === 'object' && doc.campaign ? doc.campaign : null
    return {
      id: doc.id,
      title: doc.title,
      type: doc.type,
      status: doc.status,
      summary: doc.summary,
      body: doc.body,
      keyFigures: doc.keyFigures,
      photos: doc.photos,
      region: doc.region,
      intake: doc.intake,
      votes: doc.votes,
      publicityEndsAt: doc.publicityEndsAt,
      updatedAt: doc.updatedAt,
      unitName: unit?.name ?? null,
      voting: { opens: campaign?.caseCall?.votingOpens ?? null, closes: campaign?.caseCall?.votingCloses ?? null },
      campaign: campaign ? { id: campaign.id, name: campaign.name, slug: campaign.slug } : null,
    }
  },
  'reader-case',
  () => [CACHE_TAGS.cases, CACHE_TAGS.campaigns],
)
