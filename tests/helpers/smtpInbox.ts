import { simpleParser } from 'mailparser'

import { startLocalMailbox } from '@/mail/localMailbox'

import { freePort } from './freePort'

export type InboxMessage = { to: string[]; from: string; subject: string; text: string; html: string }

/**
 * A real SMTP server for a test file, and what has arrived at it. Start it and set SMTP_HOST/SMTP_PORT from it before
 * Payload loads its config. `hold()` makes the server sit on every message until `release()`, like a slow server.
 */
export const startSmtpInbox = async () => {
  const messages: InboxMessage[] = []
  const listeners = new Set<() => void>()
  let gate: { promise: Promise<void>; open: () => void } | null = null

  const mailbox = await startLocalMailbox({
    port: await freePort(),
    onMessage: async ({ raw, to }) => {
      if (gate) await gate.promise
      const parsed = await simpleParser(raw)
      messages.push({
        to: to.map((address) => address.toLowerCase()),
        from: parsed.from?.text ?? '',
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
      })
      for (const listener of listeners) listener()
    },
  })

  const messagesTo = (address: string) => messages.filter((message) => message.to.includes(address.toLowerCase()))

  /** The first message, arrived or arriving within `timeoutMs`, that matches. */
  const waitFor = (predicate: (message: InboxMessage) => boolean, timeoutMs = 10_000) =>
    new Promise<InboxMessage>((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate)
        if (!found) return
        clearTimeout(timer)
        listeners.delete(check)
        resolve(found)
      }
      const timer = setTimeout(() => {
        listeners.delete(check)
        const seen = messages.map((message) => `${message.to.join(',')}: ${message.subject}`).join('\n  ')
        reject(new Error(`No matching mail within ${timeoutMs} ms. Arrived:\n  ${seen || '(none)'}`))
      }, timeoutMs)
      listeners.add(check)
      check()
    })

  return {
    host: mailbox.host,
    port: mailbox.port,
    messages,
    messagesTo,
    waitFor,
    hold: () => {
      let open = () => {}
      const promise = new Promise<void>((resolve) => (open = resolve))
      gate = { promise, open }
    },
    release: () => {
      gate?.open()
      gate = null
    },
    close: mailbox.close,
  }
}

export type SmtpInbox = Awaited<ReturnType<typeof startSmtpInbox>>
