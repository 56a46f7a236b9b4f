import type { PayloadRequest } from 'payload'

import { ADMIN_LANGUAGE_COOKIE } from '@/config/adminLanguage'

/**
 * Requests from the admin UI carry its language cookie; API clients calling with a token do not. The admin shows an
 * error's `message` as its notice, so there it is in the user's language, while API clients keep a stable English
 * `message` to match on.
 */
export const fromAdminUi = (req?: Pick<PayloadRequest, 'headers'>): boolean =>
  Boolean(req?.headers?.get('cookie')?.includes(`${ADMIN_LANGUAGE_COOKIE}=`))
