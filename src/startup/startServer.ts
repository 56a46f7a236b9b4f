import { getPayload } from 'payload'

import config from '@payload-config'
import { startOrphanSweeps } from '@/collections/Media/sweepOrphanFiles'
import { hotRanking } from '@/data/hotList'
import { registerServerVoteRoute } from '@/http/serverVoteRoute'
import { startJobTicker } from '@/jobs/startJobTicker'

import { assertNoDemoAccounts } from './assertNoDemoAccounts'
import { assertStartedBehindSocketServer } from './assertStartedBehindSocketServer'
import { isDemoMode } from './demoAccounts'

/**
 * A production server must have been started by server.mjs (for client addresses); loading the config checks the
 * secret; initialising Payload runs the committed migrations (production only); outside demo mode the demo accounts
 * must be absent. Throws when any of these fails. Then due jobs (scheduled publishing) start running, and media files
 * left by uploads that never committed are swept, and server.mjs is given the reader's vote to answer itself. The hot
 * list's ranking is computed in the background, so the first reader after a start does not wait for it.
 */
export const startServer = async () => {
  if (process.env.NODE_ENV === 'production') assertStartedBehindSocketServer()
  const payload = await getPayload({ config })
  if (process.env.NODE_ENV === 'production' && !isDemoMode(process.env)) await assertNoDemoAccounts(payload)
  startJobTicker(payload)
  startOrphanSweeps(payload)
  registerServerVoteRoute(config)
  hotRanking().catch((err) => payload.logger.error({ err, msg: 'The hot list could not be ranked at start' }))
}
