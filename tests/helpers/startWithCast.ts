import { loginAs } from './loginAs'
import { restClient, type RestClient } from './rest'
import { seedUsers, type Cast } from './seedUsers'
import { startPayload, type TestApp } from './startPayload'

export type Tokens = Record<keyof Cast['users'], string>

/** A fresh app with one logged-in account per role: what most integration tests start from. */
export const startWithCast = async (): Promise<{ app: TestApp; rest: RestClient; cast: Cast; tokens: Tokens }> => {
  const app = await startPayload()
  const rest = restClient(app.config)
  const cast = await seedUsers(app.payload)
  const tokens = {} as Tokens
  for (const who of Object.keys(cast.users) as (keyof Cast['users'])[]) {
    tokens[who] = await loginAs(rest, `${who}@test.local`)
  }
  return { app, rest, cast, tokens }
}
