import { APIError, type PayloadRequest } from 'payload'

import { fromAdminUi } from './fromAdminUi'
import { asUserFacing } from './UserFacingError'

export type RefusalText = { en: string; zh: string }

/**
 * An endpoint's refusal: the stable English `message` and `data.code` for API clients, the Chinese text in
 * `data.errors` (or as the message itself for the admin UI). `errors` may list one entry per field instead.
 */
export const refusal = (
  req: PayloadRequest,
  status: number,
  code: string,
  text: RefusalText,
  extra: { errors?: { field?: string; message: string }[]; [key: string]: unknown } = {},
) =>
  asUserFacing(
    new APIError(
      fromAdminUi(req) ? text.zh : text.en,
      status,
      { code, ...extra, errors: extra.errors ?? [{ message: text.zh }] },
      true,
    ),
  )

/** The request's JSON body, or null when it is missing or not JSON. */
export const jsonBody = async (req: PayloadRequest): Promise<unknown> => req.json?.().catch(() => null) ?? null
