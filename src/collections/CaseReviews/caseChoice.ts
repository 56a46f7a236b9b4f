import type { FilterOptions, PayloadRequest } from 'payload'

import { scoredCaseIds, toScoreWhere } from '@/admin/dashboard/reviewerQueue'
import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

type Id = number | string

/**
 * The case named in the address (`?case=12`, the start page's 去评分 link) as the new review's case. Ids are numbers
 * on SQLite and text (UUIDs) on PostgreSQL; either is passed on as it came.
 */
export const caseFromAddress = ({ req }: { req: PayloadRequest }) => {
  const id = (req.query as { case?: unknown } | undefined)?.case
  if (typeof id !== 'string' || !id) return undefined
  return /^\d+$/.test(id) ? Number(id) : id
}

/**
 * A reviewer is offered only the cases assigned to them, open for scoring, that they have not scored yet; a review
 * being edited keeps its own case (Payload checks the saved choice against these options too).
 */
export const casesLeftToScore: FilterOptions = async ({ req, data }) => {
  const { user } = req
  if (!user || hasRole(user, 'admin', 'editor')) return true
  const own = relationId(data?.case as Id | { id: Id } | null | undefined)
  const leftToScore = toScoreWhere(user.id, await scoredCaseIds(req.payload, user.id))
  return own == null ? leftToScore : { or: [leftToScore, { id: { equals: own } }] }
}
