/**
 * What a unit types to register, checked field by field. Pure: the registration endpoint, the portal's form and
 * unit tests share it. Only these fields are ever read from a request, so roles or an approval state sent along
 * with them have no effect.
 */
import { canonicalEmail, hasBidiControl, plainLine } from '@/lib/canonicalText'

import { ORGANIZATION_KINDS, type OrganizationKind } from '../organizationOptions'

export const REGISTRATION_FIELDS = ['name', 'kind', 'region', 'contactPerson', 'phone', 'email', 'password'] as const

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

export type Registration = {
  name: string
  kind: OrganizationKind
  /** The official division code (6 or 12 digits); that it names a known region is checked against the database. */
  region: string
  contactPerson: string
  phone: string
  email: string
  password: string
}

export type FieldProblem = { field: RegistrationField; message: string }

export type RegistrationCheck = { ok: true; value: Registration } | { ok: false; errors: FieldProblem[] }

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128
const NAME_MAX = 60
const PERSON_MAX = 30
const EMAIL_MAX = 254

/** Mobile (13800000000) or landline with area code (0591-87000000, 059187000000, 0591-87000000-123). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/
/** ASCII only, as Payload's own check on accounts: an address it would refuse must be refused here as invalid. */
const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/
const DIVISION_CODE = /^\d{6}(?:\d{6})?$/
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Characters as people count them (a Chinese character or an emoji is one). */
const length = (text: string) => Array.from(text).length

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** One line of text as typed, cleaned of invisible characters and stray spaces (lookalikes compare by nameKey). */
const oneLine = (value: unknown) => plainLine(text(value))

/** Control characters break a line; bidi controls make it show as something it is not. */
const unprintable = (value: unknown) => CONTROL.test(text(value).trim()) || hasBidiControl(text(value))
const UNPRINTABLE = '含有换行或改变文字方向的控制字符，请直接输入文字'

const RULES: Record<RegistrationField, (raw: unknown) => { value: string } | { message: string }> = {
  name: (raw) => {
    const value = oneLine(raw)
    if (unprintable(raw)) return { message: UNPRINTABLE }
    if (length(value) < 2 || length(value) > NAME_MAX) {
      return { message: `请填写单位全称（2 到 ${NAME_MAX} 个字）` }
    }
    return { value }
  },
  kind: (raw) =>
    typeof raw === 'string' && Object.hasOwn(ORGANIZATION_KINDS, raw) ? { value: raw } : { message: '请选择单位类型' },
  region: (raw) => {
    const value = text(raw).trim()
    return DIVISION_CODE.test(value) ? { value } : { message: '请选择所在地区' }
  },
  contactPerson: (raw) => {
    const value = oneLine(raw)
    if (unprintable(raw)) return { message: UNPRINTABLE }
    if (length(value) < 2 || length(value) > PERSON_MAX) {
      return { message: `请填写联系人姓名（2 到 ${PERSON_MAX} 个字）` }
    }
    return { value }
  },
  phone: (raw) => {
    const value = text(raw).replace(/[\s()（）]/g, '')
    return PHONE.test(value) ? { value } : { message: '请填写手机号码（11 位）或带区号的固定电话，如 0591-87000000' }
  },
  email: (raw) => {
    const value = canonicalEmail(text(raw))
    return value.length <= EMAIL_MAX && EMAIL.test(value) ? { value } : { message: '请填写有效的电子邮箱' }
  },
  password: (raw) => {
    const value = text(raw)
    if (length(value) < PASSWORD_MIN || length(value) > PASSWORD_MAX) {
      return { message: `密码至少 ${PASSWORD_MIN} 个字符（不超过 ${PASSWORD_MAX} 个）` }
    }
    return value.trim() === '' ? { message: '密码不能全是空格' } : { value }
  },
}

/** Every problem at once, in form order, so the form can mark each field. */
export const validateRegistration = (body: unknown): RegistrationCheck => {
  const input =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const value: Partial<Registration> = {}
  const errors: FieldProblem[] = []
  for (const field of REGISTRATION_FIELDS) {
    const result = RULES[field](input[field])
    if ('message' in result) errors.push({ field, message: result.message })
    else (value as Record<string, string>)[field] = result.value
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as Registration }
}
