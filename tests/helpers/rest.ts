import type { SanitizedConfig } from 'payload'

import { restRoutes } from '@/http/apiRoutes'
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from '@/lib/socketAddress.mjs'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestOptions = {
  token?: string
  json?: unknown
  form?: FormData
  /** A body sent as it is (a string, or a stream sent chunked without Content-Length); set its Content-Type. */
  body?: BodyInit
  headers?: Record<string, string>
  /** The address the request arrives from, as server.mjs reports it; by default the nginx front on this machine. */
  socket?: string
}

/**
 * Calls the app's real REST route handlers (restRoutes, which app/(payload)/api/[...slug]/route.ts serves) with real
 * Request objects, as Next would: the whole HTTP layer of Payload runs, only the socket is skipped. Each request carries the
 * address it came from as server.mjs would set it.
 */
export const restClient = (config: SanitizedConfig | Promise<SanitizedConfig>) => {
  process.env[SOCKET_ADDRESS_MARK] = '1'
  const handlers = restRoutes(config)
  const request = async (method: Method, path: string, options: RestOptions = {}) => {
    const url = new URL(`http://localhost/api${path}`)
    const headers = new Headers(options.headers)
    headers.set(SOCKET_ADDRESS_HEADER, options.socket ?? '127.0.0.1')
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.json)
    } else if (options.form) {
      body = options.form
    } else {
      body = options.body
    }
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response = await handlers[method](
      new Request(url, { method, headers, body, duplex: 'half' } as RequestInit),
      {
        params: Promise.resolve({ slug }),
      },
    )
    const text = await response.text()
    let data: any = null
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      data = text
    }
    return { status: response.status, headers: response.headers, data }
  }
  return {
    get: (path: string, options?: RestOptions) => request('GET', path, options),
    post: (path: string, options?: RestOptions) => request('POST', path, options),
    patch: (path: string, options?: RestOptions) => request('PATCH', path, options),
    delete: (path: string, options?: RestOptions) => request('DELETE', path, options),
  }
}

export type RestClient = ReturnType<typeof restClient>
