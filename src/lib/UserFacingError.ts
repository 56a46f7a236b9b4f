import { APIError, type PayloadRequest } from 'payload'

import { MESSAGES, messageIn, type MessageKey } from '@/i18n/messages'

export const USER_FACING_ERROR = 'UserFacingError'

/**
 * An error a person can act on. `message` is the stable English text API clients rely on; `data.code` is the key;
 * `data.errors[0].message` is the same in the requester's language (Chinese by default), which the admin shows.
 */
export class UserFacingError extends APIError {
  constructor(key: MessageKey, status: number, req?: Pick<PayloadRequest, 'i18n'>, vars: Record<string, string> = {}) {
    const localized = messageIn(req?.i18n?.language, key, vars)
    super(MESSAGES[key].en, status, { code: key, errors: [{ message: localized }] }, true)
    // Set by hand: bundlers rename classes, and the logging level below is keyed by this name.
    this.name = USER_FACING_ERROR
  }
}
