/**
 * The view beacon under load, one phase of `npm run bench:reader`: counting views must not slow page serving. For
 * one base address (the app alone or the front): the article page alone with wrk, then the same page while this
 * process sends beacons at a steady rate, each with an address of its own in X-Real-IP, as readers behind a proxy.
 * The app alone takes them all; the front replaces that header with the bench's own address, so there most are
 * refused by the per-address allowance (429), which costs the app the same work. Beacons are counted in memory and
 * written in batches (src/views), so the page should lose no more than the little CPU the beacons take.
 */
import { runWrk, type WrkOptions, type WrkResult } from './wrk'

export type BeaconLoad = {
  pageAlone: WrkResult
  pageUnderBeacons: WrkResult
  beaconsPerSecond: number
  sent: number
  /** Answered 204: counted. */
  accepted: number
  /** Answered 429: past the address's allowance. */
  limited: number
  /** Any other answer, or none: the beacon endpoint broke under load. */
  failed: number
}

/** Sends `rate` beacons a second until stopped; returns how many were sent and how each was answered. */
const beaconStream = (beaconUrl: string, body: string, rate: number) => {
  const outcome = { sent: 0, accepted: 0, limited: 0, failed: 0 }
  const pending = new Set<Promise<void>>()
  const tick = setInterval(() => {
    for (let i = 0; i < rate / 10; i++) {
      const n = ++outcome.sent
      const address = `172.16.${Math.floor(n / 256) % 256}.${n % 256}`
      const request = fetch(beaconUrl, { method: 'POST', body, headers: { 'x-real-ip': address } })
        .then((response) => {
          if (response.status === 204) outcome.accepted++
          else if (response.status === 429) outcome.limited++
          else outcome.failed++
        })
        .catch(() => {
          outcome.failed++
        })
        .finally(() => pending.delete(request))
      pending.add(request)
    }
  }, 100)
  return async () => {
    clearInterval(tick)
    await Promise.all(pending)
    return outcome
  }
}

export const measureBeaconLoad = async ({
  base,
  pagePath,
  articleId,
  rate,
  wrk,
}: {
  base: string
  pagePath: string
  articleId: string | number
  rate: number
  wrk: Omit<WrkOptions, 'url'>
}): Promise<BeaconLoad> => {
  const url = `${base}${pagePath}`
  const pageAlone = await runWrk({ ...wrk, url })
  const body = JSON.stringify({ collection: 'articles', id: String(articleId) })
  const stop = beaconStream(`${base}/api/page-views/beacon`, body, rate)
  const pageUnderBeacons = await runWrk({ ...wrk, url })
  return { pageAlone, pageUnderBeacons, beaconsPerSecond: rate, ...(await stop()) }
}
