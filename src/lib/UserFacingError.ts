import { APIError, type PayloadRequest } from 'payload'

import { codeOf, messageIn, type MessageKey } from '@/i18n/messages'

import { isStaffUser } from '@/access/roles'
import { SCRIPT_COOKIE, TRADITIONAL } from '@/script/cookie'

import { toTraditional } from './chineseConverters'
import { fromAdminUi } from './fromAdminUi'

export const USER_FACING_ERROR = 'UserFacingError'

export type RefusalDetails = {
  /** Chinese worked out by a pure rule (naming a state, a field, a limit): said instead of the table's text. */
  text?: string
  /** One entry per field concerned, instead of the single message. */
  errors?: { field?: string; message: string }[]
  /** Marks on the form's fields (by path), shown beside the message rather than instead of it. */
  marks?: { path: string; message: string }[]
  /** Sent as Retry-After: Payload adds the request's response headers to its error response. */
  retryAfterSeconds?: number
  /** More for API clients beside the code (which fields are missing, the existing article). */
  data?: Record<string, unknown>
}

type RefusedRequest = Pick<PayloadRequest, 'i18n' | 'headers'> &
  Partial<Pick<PayloadRequest, 'responseHeaders' | 'user'>>

const said = (language: string | undefined, key: MessageKey, vars: Record<string, string>, text?: string) => {
  if (text === undefined || language === 'en') return messageIn(language, key, vars)
  return language === 'zh-TW' ? toTraditional(text) : text
}

/**
 * The language of the text a person reads: staff get theirs (the admin's languages, or what their API client asks
 * for); readers and units read the Chinese site, so they get Chinese whatever their browser's language (the English
 * is already the `message`), in Traditional when they chose it with the 简/繁 switch or their browser asks for zh-TW.
 */
const personLanguage = (req?: RefusedRequest) => {
  if (isStaffUser(req?.user)) return req?.i18n?.language
  const traditional =
    req?.i18n?.language === 'zh-TW' ||
    (req?.headers?.get('cookie') ?? '').split(';').some((part) => part.trim() === `${SCRIPT_COOKIE}=${TRADITIONAL}`)
  return traditional ? 'zh-TW' : 'zh'
}

/**
 * Every refusal a person can act on, from endpoints and hooks alike, with its text from src/i18n/messages.ts. API
 * clients get the stable English text as `message`, the code as `data.code` and the same for a person (personLanguage)
 * in `data.errors[0].message`, or one entry per field; the admin shows its notice in the user's language.
 */
export class UserFacingError extends APIError {
  constructor(
    key: MessageKey,
    status: number,
    req?: RefusedRequest,
    vars: Record<string, string> = {},
    { text, errors, marks = [], retryAfterSeconds, data }: RefusalDetails = {},
  ) {
    const code = codeOf(key)
    if (fromAdminUi(req)) {
      const localized = said(req?.i18n?.language, key, vars, text)
      const shown = errors ?? (marks.length > 0 ? marks : undefined)
      super(localized, status, { code, ...data, ...(shown ? { errors: shown } : {}) }, true)
    } else {
      const localized = said(personLanguage(req), key, vars, text)
      const english = messageIn('en', key, vars)
      super(english, status, { code, ...data, errors: errors ?? [...marks, { message: localized }] }, true)
    }
    if (req && retryAfterSeconds != null) {
      const headers = new Headers(req.responseHeaders)
      headers.set('Retry-After', String(retryAfterSeconds))
      req.responseHeaders = headers
    }
    // Set by hand: bundlers rename classes, and the logging level is keyed by this name.
    this.name = USER_FACING_ERROR
  }
}
