import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * How many reader comments wait in the moderation queue, for the editors' dashboard. Counted with the user's own
 * access, so only editors and admins (who read the queue) get more than 0.
 */
export const pendingCommentCount = async (payload: Payload, user: User | null | undefined): Promise<number> => {
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { status: { equals: 'pending' } },
    user,
    overrideAccess: false,
  })
  return totalDocs
}
