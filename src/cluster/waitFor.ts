import net from 'node:net'

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Polls `ready` until it holds; fails when `alive` stops holding (the process exited) or after `timeoutMs`. */
export const waitFor = async (
  what: string,
  ready: () => Promise<boolean>,
  { alive = () => true, timeoutMs = 30_000 }: { alive?: () => boolean; timeoutMs?: number } = {},
) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (!alive()) throw new Error(`${what} exited before it was ready`)
    if (await ready().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
