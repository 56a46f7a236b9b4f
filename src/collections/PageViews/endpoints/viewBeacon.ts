import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { UserFacingError } from '@/lib/UserFacingError'
import { countView } from '@/views/viewCounter'
import { parseViewTarget } from '@/views/viewTarget'

// A beacon is `{"collection":"articles","id":"123"}`: anything much longer is not one.
const MAX_BODY_BYTES = 256

const readBody = async (req: PayloadRequest): Promise<unknown> => {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return null
  const text = (await req.text?.()) ?? ''
  if (text.length > MAX_BODY_BYTES) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * POST /api/page-views/beacon, sent by reader pages once per page view. Counts in memory only (see
 * src/views/viewCounter.ts); unknown documents are dropped when the batch is written, so they never cost a write.
 * Answers 204 when taken, 400 for anything that is not a beacon, 429 past the address's allowance.
 */
export const viewBeaconEndpoint: Endpoint = {
  path: '/beacon',
  method: 'post',
  handler: async (req) => {
    // Payload adds these to the answer, refusals included: nothing from a beacon may be cached, and no cookie is set.
    req.responseHeaders = new Headers({ 'Cache-Control': 'no-store' })
    const target = parseViewTarget(await readBody(req))
    if (!target) throw new UserFacingError('malformedView', 400, req)
    const verdict = await countView(req.payload, target, clientAddress(req))
    if (verdict.outcome === 'limited') {
      throw new UserFacingError('tooManyViews', 429, req, {}, { retryAfterSeconds: verdict.retryAfterSeconds })
    }
    return new Response(null, { status: 204 })
  },
}
