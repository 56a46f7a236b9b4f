import { MAX_UPLOAD_BYTES, MB } from '@/collections/Media/fileRules'

/**
 * How large a request body the API reads, by route: the one place these limits are written. deploy/nginx.conf
 * allows the same sizes per location (client_max_body_size), so the front and the app refuse the same requests.
 * Everything outside /api (the admin's and the portal's server actions) is bounded by next.config.mjs's
 * serverActions.bodySizeLimit.
 */
export const BODY_LIMITS = {
  /** A unit's registration: seven short fields. */
  register: 32 * 1024,
  /** A reader's comment: 500 characters, a name and the proof of work. */
  comment: 16 * 1024,
  /** Media uploads: the largest file the library takes, plus the form's other fields and boundaries. */
  upload: MAX_UPLOAD_BYTES + MB,
  /** Every other API write (JSON or the admin's form posts), GraphQL included: a long article's rich text fits. */
  api: 2 * MB,
} as const

const UPLOAD_ROUTE = /^\/api\/media(\/|$)/

/**
 * The limit for a request to `pathname` (decoded, e.g. /api/media/3). Compared without case and trailing slashes,
 * as Payload matches its endpoints' paths.
 */
export const bodyLimitFor = (pathname: string): number => {
  const path = pathname.toLowerCase().replace(/\/+$/, '')
  if (path === '/api/organizations/register') return BODY_LIMITS.register
  if (path === '/api/comments/submit') return BODY_LIMITS.comment
  if (UPLOAD_ROUTE.test(path)) return BODY_LIMITS.upload
  return BODY_LIMITS.api
}
