import type { RestClient } from './rest'
import { TEST_PASSWORD } from './seedUsers'

/** Logs in through the real /api/users/login handler and returns the JWT for later requests. */
export const loginAs = async (rest: RestClient, email: string, password = TEST_PASSWORD): Promise<string> => {
  const res = await rest.post('/users/login', { json: { email, password } })
  if (res.status !== 200 || !res.data?.token) throw new Error(`login failed for ${email}: ${res.status}`)
  return res.data.token
}
