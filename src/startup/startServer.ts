import { getPayload } from 'payload'

import config from '@payload-config'
import { startJobTicker } from '@/jobs/startJobTicker'

import { assertNoDemoAccounts } from './assertNoDemoAccounts'
import { isDemoMode } from './demoAccounts'

/**
 * Loading the config checks the secret; initialising Payload runs the committed migrations (production only);
 * outside demo mode the demo accounts must be absent. Throws when any of these fails. Then due jobs (scheduled
 * publishing) start running.
 */
export const startServer = async () => {
  const payload = await getPayload({ config })
  if (process.env.NODE_ENV === 'production' && !isDemoMode(process.env)) await assertNoDemoAccounts(payload)
  startJobTicker(payload)
}
