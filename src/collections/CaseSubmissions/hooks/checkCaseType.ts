import type { CollectionBeforeValidateHook } from 'payload'

import { DEFAULT_CASE_TYPES } from '@/collections/Campaigns/activityTypes'
import { relationId } from '@/lib/relationId'
import { UserFacingError } from '@/lib/UserFacingError'

/** A case's type must be one its campaign's call offers. */
export const checkCaseType: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const type = data?.type ?? originalDoc?.type
  const campaignId = relationId(data?.campaign ?? originalDoc?.campaign)
  if (!type || campaignId == null || (data?.type === undefined && data?.campaign === undefined)) return data
  const campaign = await req.payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    select: { caseCall: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const offered = campaign?.caseCall?.caseTypes?.length ? campaign.caseCall.caseTypes : DEFAULT_CASE_TYPES
  if (!offered.includes(type)) throw new UserFacingError('caseTypeNotOffered', 400, req)
  return data
}
