import type { PayloadRequest } from 'payload'

/** The request's JSON body, or null when it is missing or not JSON. */
export const jsonBody = async (req: PayloadRequest): Promise<unknown> => req.json?.().catch(() => null) ?? null
