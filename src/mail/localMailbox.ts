import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ArrivedMail = { raw: Buffer; from: string | null; to: string[] }

export type LocalMailbox = { host: string; port: number; close: () => Promise<void> }

const HOST = '127.0.0.1'

/**
 * A real SMTP server on this machine, for the demo and the tests: it takes every message without login or TLS and
 * hands it over raw. It listens on the loopback address only, so nothing outside can use it as a relay. The SMTP
 * answer to a message waits for `onMessage`, as a real server's would wait for its disk.
 */
export const startLocalMailbox = async ({
  port = 0,
  onMessage,
}: {
  port?: number
  onMessage: (mail: ArrivedMail) => void | Promise<void>
}): Promise<LocalMailbox> => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: 25 * 1024 * 1024,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const mail = {
          raw: Buffer.concat(chunks),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        }
        Promise.resolve()
          .then(() => onMessage(mail))
          .then(() => callback(), callback)
      })
    },
  })
  // A sender that drops its connection in the middle of a message gets no answer, so it knows the message was not
  // taken; smtp-server reports such a drop as an 'error' event, which would end the whole process with no listener.
  server.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, HOST, () => resolve())
  })
  return {
    host: HOST,
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
