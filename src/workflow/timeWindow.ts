/** A span of time as stored ISO strings; null leaves that side unbounded. */
export type TimeWindow = { opens: string | null; closes: string | null }

export type WindowPosition = 'before' | 'open' | 'after'

/**
 * Where `now` falls in the window; both edges count as inside. A date that cannot be read counts as never
 * reached on either side, so a typo in the settings keeps the window shut rather than open forever.
 */
export const windowPosition = (window: TimeWindow, now: Date): WindowPosition => {
  const time = now.getTime()
  if (window.opens != null && !(time >= Date.parse(window.opens))) return 'before'
  if (window.closes != null && !(time <= Date.parse(window.closes))) return 'after'
  return 'open'
}
