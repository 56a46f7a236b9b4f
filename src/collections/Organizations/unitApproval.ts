import type { PayloadRequest } from 'payload'

/**
 * Whether a unit may submit its first case. Only self-registration sets `pending`, so a unit without a value
 * (made before approval existed) counts as approved.
 */
export const isUnitApproved = async (req: PayloadRequest, organization: number | string | null): Promise<boolean> => {
  if (organization == null) return false
  const unit = await req.payload.findByID({
    collection: 'organizations',
    id: organization,
    depth: 0,
    select: { approval: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return unit != null && unit.approval !== 'pending'
}
