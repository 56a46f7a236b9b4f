import { seedDemo } from '@/seed'

import { startPayload } from './startPayload'

/** The demo accounts' password in the seeded app. */
export const SEED_PASSWORD = 'Seed-Test-Password-1'

/** A fresh app with the demo seeded into it, as `npm run demo` leaves a new database. */
export const startSeededDemo = async () => {
  const app = await startPayload()
  await seedDemo(app.payload, { password: SEED_PASSWORD })
  return app
}
