import type { CollectionAfterErrorHook, Payload } from 'payload'

import { ORPHAN_GRACE_MS, removeOrphanFiles } from './orphanFiles'

const HOURLY = 60 * 60 * 1000

let pending: NodeJS.Timeout | undefined

/** One sweep once the grace period of the files now on disk has passed; repeated calls share it. */
const sweepSoon = (payload: Payload) => {
  if (pending) return
  pending = setTimeout(() => {
    pending = undefined
    removeOrphanFiles(payload).catch((err) => payload.logger.error({ err, msg: 'Media orphan sweep failed' }))
  }, ORPHAN_GRACE_MS + 5_000)
  pending.unref()
}

/**
 * At start (after a crash, files of uploads that never committed are left behind), once more when those are past
 * the grace period, then hourly as a backstop.
 */
export const startOrphanSweeps = (payload: Payload) => {
  removeOrphanFiles(payload).catch((err) => payload.logger.error({ err, msg: 'Media orphan sweep failed' }))
  sweepSoon(payload)
  setInterval(() => sweepSoon(payload), HOURLY).unref()
}

/** An upload that failed after its files were written (a refused commit, a failing hook) leaves them to the sweep. */
export const sweepAfterFailedUpload: CollectionAfterErrorHook = ({ req }) => {
  sweepSoon(req.payload)
}
