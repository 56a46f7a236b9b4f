import type { PayloadRequest } from 'payload'

/**
 * The caller's address as the reverse proxy saw it. nginx sets X-Real-IP to the connecting address and appends
 * that address last to X-Forwarded-For, so those are trusted; the first X-Forwarded-For entry is whatever the
 * client sent and would let anyone pose as a new voter by changing a header.
 */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>): string | null =>
  req.headers.get('x-real-ip')?.trim() || req.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null
