import type { MessageKey } from '@/i18n/messages'

import type { CaseStatus } from './caseStatus'

/**
 * Objections (异议) during publicity: any reader may file one on a proposed case until the publicity period ends;
 * an editor upholds or dismisses it with a reason. Pure, so the endpoints, the admin and the tests share it.
 */
export const OBJECTION_STATUSES = ['pending', 'upheld', 'dismissed'] as const
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number]

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  upheld: { zh: '异议成立', en: 'Upheld' },
  dismissed: { zh: '异议不成立', en: 'Dismissed' },
}

export const OBJECTION_LIMITS = {
  name: 40,
  contact: 100,
  reason: 1000,
  decisionReason: 500,
  perAddressPerDay: 5,
  perNetworkPerDay: 20,
}

export type ObjectionInput = { name: string; contact: string; reason: string }

type Field = keyof ObjectionInput
export type ObjectionFieldError = { field: Field; message: string }

const FIELD_LABELS: Record<Field, string> = { name: '姓名', contact: '联系方式', reason: '异议理由' }

// An email address or a phone number (digits, spaces, dashes, an optional + and brackets): enough to reach the
// objector, and nothing that could carry markup into the admin or an email.
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/
const PHONE = /^\+?[\d\s()-]{7,20}$/
// Control characters are no text a person types: the database cuts a value at a NUL byte, and a line break in the
// name or contact would break the line it is shown on. The reason is a paragraph, so it keeps tabs and line breaks.
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const PARAGRAPH_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const CONTROL: Record<Field, RegExp> = { name: LINE_CONTROL, contact: LINE_CONTROL, reason: PARAGRAPH_CONTROL }

/** Trims the three fields and lists what is missing or too long; an empty list means the objection can be filed. */
export const checkObjection = (
  raw: unknown,
): { ok: true; value: ObjectionInput } | { ok: false; errors: ObjectionFieldError[] } => {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const value = {} as ObjectionInput
  const errors: ObjectionFieldError[] = []
  for (const field of ['name', 'contact', 'reason'] as const) {
    const text = typeof body[field] === 'string' ? (body[field] as string).trim() : ''
    value[field] = text
    if (!text) errors.push({ field, message: `请填写${FIELD_LABELS[field]}` })
    else if (CONTROL[field].test(text))
      errors.push({ field, message: `${FIELD_LABELS[field]}含有控制字符，请直接输入文字` })
    else if (text.length > OBJECTION_LIMITS[field])
      errors.push({ field, message: `${FIELD_LABELS[field]}不能超过 ${OBJECTION_LIMITS[field]} 字` })
  }
  if (value.contact && !errors.some((error) => error.field === 'contact')) {
    if (!EMAIL.test(value.contact) && !PHONE.test(value.contact))
      errors.push({ field: 'contact', message: '联系方式请填写电子邮箱或电话号码' })
  }
  const order = ['name', 'contact', 'reason']
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
  return errors.length ? { ok: false, errors } : { ok: true, value }
}

export const isEmailContact = (contact: string) => EMAIL.test(contact)

/** Objections are taken only while the case is proposed and its publicity period has not ended. */
export const mayObject = (status: CaseStatus, publicityEndsAt: string | null | undefined, now: Date): boolean =>
  status === 'proposed' && publicityEndsAt != null && now.getTime() <= Date.parse(publicityEndsAt)

export type ObjectionDecision = { decision: 'upheld' | 'dismissed'; reason: string }

// Texts in src/i18n/messages.ts, under these codes.
type DecisionRefusal = {
  ok: false
  status: 400 | 409
  code: Extract<MessageKey, 'alreadyDecided' | 'badDecision' | 'reasonRequired' | 'reasonTooLong'>
  vars?: Record<string, string>
}

/** An editor's decision: upheld or dismissed, always with a reason, and only once. */
export const checkDecision = (
  current: ObjectionStatus,
  raw: unknown,
): { ok: true; value: ObjectionDecision } | DecisionRefusal => {
  if (current !== 'pending') return { ok: false, status: 409, code: 'alreadyDecided' }
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const decision = body.decision
  const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
  if (decision !== 'upheld' && decision !== 'dismissed') return { ok: false, status: 400, code: 'badDecision' }
  if (!reason) return { ok: false, status: 400, code: 'reasonRequired' }
  if (reason.length > OBJECTION_LIMITS.decisionReason)
    return { ok: false, status: 400, code: 'reasonTooLong', vars: { limit: String(OBJECTION_LIMITS.decisionReason) } }
  return { ok: true, value: { decision, reason } }
}
