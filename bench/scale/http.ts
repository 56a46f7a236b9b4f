/** Timed HTTP calls for the scale benchmark: as a reader (no account) or as the editor, through REST. */

/** Slow pages at this size can take tens of seconds to render; a request that takes longer than this is broken. */
const REQUEST_TIMEOUT_MS = 180_000

export type Timed = { status: number; ms: number; bytes: number; text: string; headers: Headers }

export const timedFetch = async (url: string, init: RequestInit = {}): Promise<Timed> => {
  const started = performance.now()
  const response = await fetch(url, {
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...init,
    // Uncompressed, as wrk asks: the same cache entries, the same bytes
    headers: { 'accept-encoding': 'identity', ...init.headers },
  })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    ms: performance.now() - started,
    bytes: body.length,
    text: body.toString('utf8'),
    headers: response.headers,
  }
}

export type Editor = {
  get: (path: string) => Promise<Timed>
  send: (method: 'POST' | 'PATCH', path: string, body: unknown) => Promise<Timed>
  /** The JSON of a GET that must answer 200. */
  json: <T>(path: string) => Promise<T>
}

/** Logs in as the demo editor through REST, as the admin does, and returns timed calls with the session's token. */
export const editorSession = async (app: string, email: string, password: string): Promise<Editor> => {
  const login = await timedFetch(`${app}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const token = login.status === 200 ? (JSON.parse(login.text) as { token?: string }).token : undefined
  if (!token) throw new Error(`editor login failed with ${login.status}: ${login.text.slice(0, 200)}`)
  const headers = { authorization: `JWT ${token}` }
  const get = (path: string) => timedFetch(`${app}${path}`, { headers })
  return {
    get,
    send: (method, path, body) =>
      timedFetch(`${app}${path}`, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    json: async <T>(path: string) => {
      const response = await get(path)
      if (response.status !== 200)
        throw new Error(`GET ${path} answered ${response.status}: ${response.text.slice(0, 200)}`)
      return JSON.parse(response.text) as T
    },
  }
}
