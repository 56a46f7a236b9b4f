import type { RestClient, RestOptions } from './rest'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * The same client as restClient, but over real HTTP to a running server, so a test can drive either the in-process
 * route handlers or a separate server process with one script. A request the server never answers (it died) rejects,
 * as fetch does.
 */
export const httpClient = (baseURL: string): RestClient => {
  const request = async (method: Method, path: string, options: RestOptions = {}) => {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.json)
    } else if (options.form) {
      body = options.form
    }
    const response = await fetch(`${baseURL}/api${path}`, { method, headers, body, redirect: 'manual' })
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
    get: (path, options) => request('GET', path, options),
    post: (path, options) => request('POST', path, options),
    patch: (path, options) => request('PATCH', path, options),
    delete: (path, options) => request('DELETE', path, options),
  }
}
