import { APIError, type PayloadRequest } from 'payload'

import { MESSAGES, messageIn, type MessageKey } from '@/i18n/messages'

import { fromAdminUi } from './fromAdminUi'

export const USER_FACING_ERROR = 'UserFacingError'

/**
 * An error a person can act on. API clients get the stable English text as `message`, the key as `data.code` and
 * the same in their language (Chinese by default) in `data.errors[0].message`; the admin shows its notice in the
 * user's language.
 */
export class UserFacingError extends APIError {
  constructor(
    key: MessageKey,
    status: number,
    req?: Pick<PayloadRequest, 'i18n' | 'headers'>,
    vars: Record<string, string> = {},
  ) {
    const localized = messageIn(req?.i18n?.language, key, vars)
    if (fromAdminUi(req)) super(localized, status, { code: key }, true)
    else super(MESSAGES[key].en, status, { code: key, errors: [{ message: localized }] }, true)
    // Set by hand: bundlers rename classes, and the logging level is keyed by this name.
    this.name = USER_FACING_ERROR
  }
}

/** Marks an error built elsewhere as the caller's mistake, so it is logged like a UserFacingError (one info line). */
export const asUserFacing = (error: APIError): APIError => {
  error.name = USER_FACING_ERROR
  return error
}
