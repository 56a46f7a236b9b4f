import { getPayload } from 'payload'

import config from '@payload-config'

import { assertNoDemoAccounts } from './assertNoDemoAccounts'
import { isDemoMode } from './demoAccounts'

/**
 * Runs once when the production server starts: loading the config checks the secret, initialising Payload runs the
 * committed migrations, and outside demo mode the demo accounts must be absent. Any failure stops the server.
 */
export const startServer = async () => {
  try {
    const payload = await getPayload({ config })
    if (process.env.NODE_ENV === 'production' && !isDemoMode(process.env)) await assertNoDemoAccounts(payload)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
