import type { AfterErrorHook } from 'payload'

import { UserFacingError } from '@/lib/UserFacingError'

/**
 * What busboy (Payload's form parser) throws, as plain errors, for a body it cannot read: a NUL byte in a file name,
 * a cut-off upload, a missing boundary. These are the client's doing, so they answer 400 instead of a 500.
 */
const BUSBOY_REFUSALS = new Set([
  'Malformed content type',
  'Malformed part header',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
])

export const malformedBodyIsClientError: AfterErrorHook = ({ error, req }) => {
  if ('status' in error || !BUSBOY_REFUSALS.has(error.message)) return
  const refusal = new UserFacingError('malformedRequest', 400, req)
  return {
    response: { errors: [{ name: refusal.name, message: refusal.message, data: refusal.data ?? undefined }] },
    status: 400,
  }
}
