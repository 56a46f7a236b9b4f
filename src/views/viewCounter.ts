import type { Payload } from 'payload'

import { viewLimits } from '@/limits/viewLimit'

import { createViewBuffer } from './viewBuffer'
import { viewDay } from './viewDays'
import { viewKey, type ViewTarget } from './viewTarget'
import { writeViewCounts, type FlushResult } from './writeViewCounts'

/**
 * Views are written every FLUSH_MS, or sooner once EARLY_FLUSH_KEYS documents wait. A crash loses at most the views
 * of the last FLUSH_MS (a few seconds of counts, accepted for a popularity list); on SIGTERM or SIGINT the buffer is
 * flushed before the server stops where the process lives long enough for the write.
 */
export const VIEW_LIMITS = {
  FLUSH_MS: 5_000,
  EARLY_FLUSH_KEYS: 1_000,
  MAX_KEYS: 10_000,
} as const

type CounterState = {
  buffer: ReturnType<typeof createViewBuffer>
  payload: Payload | null
  timer: ReturnType<typeof setInterval> | null
  flushing: Promise<FlushResult>
  queued: boolean
}

const EMPTY: FlushResult = { views: 0, writes: 0, ignored: 0 }

// One counter per process: Next may load this module in more than one bundle, and they must share the buffer.
const STATE = Symbol.for('newsroom.viewCounter')
const globalState = globalThis as typeof globalThis & { [STATE]?: CounterState }

const state = (): CounterState =>
  (globalState[STATE] ??= {
    buffer: createViewBuffer(VIEW_LIMITS.MAX_KEYS),
    payload: null,
    timer: null,
    flushing: Promise.resolve(EMPTY),
    queued: false,
  })

/**
 * Writes what the buffer holds. Flushes never overlap, and at most one waits behind a running one (it takes all that
 * arrived meanwhile), so a flood of views cannot queue up flushes. A failed write is logged and its counts lost.
 */
export const flushViews = (): Promise<FlushResult> => {
  const counter = state()
  if (counter.queued) return counter.flushing
  counter.queued = true
  counter.flushing = counter.flushing.then(async () => {
    counter.queued = false
    const { payload } = counter
    if (!payload || counter.buffer.keys === 0) return EMPTY
    try {
      return await writeViewCounts(payload, counter.buffer.drain())
    } catch (error) {
      payload.logger.error({ msg: 'view counts could not be written', err: error })
      return EMPTY
    }
  })
  return counter.flushing
}

const startFlushing = (counter: CounterState) => {
  if (counter.timer) return
  counter.timer = setInterval(() => void flushViews(), VIEW_LIMITS.FLUSH_MS)
  counter.timer.unref()
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void flushViews())
}

export type CountVerdict =
  { outcome: 'counted' | 'repeat' | 'full' } | { outcome: 'limited'; retryAfterSeconds: number }

/**
 * Counts one view in memory if the hot list should (see src/limits/viewLimit.ts): a repeat is taken but not counted,
 * an address past what a person could read is refused. The database sees counted views with the next batch.
 */
export const countView = async (
  payload: Payload,
  target: ViewTarget,
  address: string | null,
  now = new Date(),
): Promise<CountVerdict> => {
  const counter = state()
  counter.payload = payload
  startFlushing(counter)
  const reader = await viewLimits.perReader.take(address)
  if (!reader.ok) return { outcome: 'limited', retryAfterSeconds: reader.retryAfterSeconds }
  if (!(await viewLimits.oncePerArticle.take(address, `${target.collection}|${target.id}`)).ok) {
    return { outcome: 'repeat' }
  }
  if (!counter.buffer.add(viewKey(target, viewDay(now)))) return { outcome: 'full' }
  if (counter.buffer.keys >= VIEW_LIMITS.EARLY_FLUSH_KEYS) void flushViews()
  return { outcome: 'counted' }
}
