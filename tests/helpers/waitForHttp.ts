/** Polls a URL until it answers `status`, or fails after `timeoutMs` (or as soon as `alive()` says the server died). */
type WaitOptions = { status?: number; timeoutMs?: number; alive?: () => boolean }

export const waitForHttp = async (
  url: string,
  { status = 200, timeoutMs = 300_000, alive = () => true }: WaitOptions = {},
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`server exited before ${url} answered`)
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status === status) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`)
}
