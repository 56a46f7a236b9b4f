import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestOptions = {
  token?: string
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
}

/**
 * Calls the app's real REST route handlers (the ones app/(payload)/api/[...slug]/route.ts exports) with real Request
 * objects, as Next would: the whole HTTP layer of Payload runs, only the socket is skipped.
 */
export const restClient = (config: SanitizedConfig | Promise<SanitizedConfig>) => {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const request = async (method: Method, path: string, options: RestOptions = {}) => {
    const url = new URL(`http://localhost/api${path}`)
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.json)
    } else if (options.form) {
      body = options.form
    }
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response = await handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
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
