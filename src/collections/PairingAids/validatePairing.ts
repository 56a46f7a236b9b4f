import { validations, type NumberFieldSingleValidation, type RelationshipFieldSingleValidation } from 'payload'

import { relationId } from '@/lib/relationId'

type Id = number | string

/** A region cannot pair with itself; otherwise Payload's own relationship check (required, exists) applies. */
export const notTheHelper: RelationshipFieldSingleValidation = (value, options) => {
  const helper = relationId(
    options.siblingData && ((options.siblingData as { helper?: Id | { id: Id } }).helper ?? null),
  )
  const helped = relationId(value as Id | { id: Id } | null | undefined)
  if (helper != null && helped != null && String(helper) === String(helped)) return '帮扶方与受援方不能是同一地区'
  return validations.relationship(value, options)
}

/** Years as newsrooms write them; an end year, when given, is not before the start. */
export const pairingYear =
  (isEnd: boolean): NumberFieldSingleValidation =>
  (value, { siblingData }) => {
    if (value == null) return true
    if (!Number.isInteger(value) || value < 1949 || value > 2100) return '请填写 1949–2100 之间的年份'
    const start = (siblingData as { startYear?: number | null }).startYear
    if (isEnd && start != null && value < start) return '结束年份不能早于开始年份'
    return true
  }
