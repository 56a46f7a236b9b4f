import { E2E_PASSWORD } from './context'

/** The demo editor on the running app's REST API: logs in once, then sends JSON requests with the token. */
export const editorRest = async (baseURL: string) => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@demo.local', password: E2E_PASSWORD }),
  })
  const { token } = await login.json()
  return (method: 'GET' | 'PATCH' | 'POST', path: string, body?: unknown) =>
    fetch(`${baseURL}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
}
