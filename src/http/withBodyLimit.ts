import { MB } from '@/collections/Media/fileRules'
import { UserFacingError } from '@/lib/UserFacingError'

import { BODY_LIMITS } from './bodyLimits'

/** A route handler; the vote's may also answer null (credentials: Payload's handler answers instead). */
type Handler<A extends unknown[], R extends Response | null = Response> = (request: Request, ...args: A) => Promise<R>

const readableSize = (bytes: number) => (bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / MB)} MB`)

/** 413 in the API's refusal shape, answered without Payload (no parsing, no database), in the request's language. */
export const bodyTooLarge = (headers: Headers, limit: number): Response => {
  const error = new UserFacingError(
    'bodyTooLarge',
    413,
    { headers, i18n: undefined as never },
    {
      limit: readableSize(limit),
    },
  )
  return Response.json({ errors: [{ name: error.name, message: error.message, data: error.data }] }, { status: 413 })
}

/** The whole body if it stays within `limit` bytes, or null as soon as it does not (the rest is never read). */
const readWithin = async (body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> => {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      const whole = new Uint8Array(size)
      let at = 0
      for (const chunk of chunks) {
        whole.set(chunk, at)
        at += chunk.byteLength
      }
      return whole
    }
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
}

/** Passes the body on as it arrives, failing the read once more than `limit` bytes came (uploads are not buffered). */
const countingStream = (limit: number) => {
  let size = 0
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength
      if (size > limit)
        controller.error(new UserFacingError('bodyTooLarge', 413, undefined, { limit: readableSize(limit) }))
      else controller.enqueue(chunk)
    },
  })
}

/**
 * Refuses a request body larger than `limitFor` gives before anything parses it: by its Content-Length at once, and
 * a body sent without one (chunked) by counting what arrives. Payload reads a JSON body whole and runs the
 * collection's rules over it, so without this one 50 MB field held the server for half a minute. Bodies within the
 * API limit are read here (at most a couple of MB); larger ones (uploads) are counted as Payload streams them.
 */
export const withBodyLimit =
  <A extends unknown[], R extends Response | null = Response>(
    handler: Handler<A, R>,
    limitFor: (...args: A) => number | Promise<number>,
  ): Handler<A, R | Response> =>
  async (request, ...args) => {
    if (!request.body) return handler(request, ...args)
    const limit = await limitFor(...args)
    const declared = Number(request.headers.get('content-length'))
    if (declared > limit) {
      void request.body.cancel().catch(() => undefined)
      return bodyTooLarge(request.headers, limit)
    }
    if (limit <= BODY_LIMITS.api) {
      const body = await readWithin(request.body, limit)
      if (!body) return bodyTooLarge(request.headers, limit)
      return handler(new Request(request, { body }), ...args)
    }
    const body = request.body.pipeThrough(countingStream(limit))
    return handler(new Request(request, { body, duplex: 'half' } as RequestInit), ...args)
  }
