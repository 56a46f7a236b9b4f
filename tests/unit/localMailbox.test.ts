import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalMailbox, type ArrivedMail, type LocalMailbox } from '@/mail/localMailbox'

/** Speaks SMTP line by line: each command waits for the server's answer before the next is sent. */
const smtpSession = async (mailbox: LocalMailbox) => {
  const socket = net.connect(mailbox.port, mailbox.host)
  socket.on('error', () => {})
  let buffered = ''
  const waiters: ((line: string) => void)[] = []
  socket.on('data', (chunk) => {
    buffered += chunk.toString()
    let end
    while ((end = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, end)
      buffered = buffered.slice(end + 2)
      // Multi-line answers ("250-...") end with the line whose code is followed by a space
      if (/^\d{3} /.test(line)) waiters.shift()?.(line)
    }
  })
  const answer = () => new Promise<string>((resolve) => waiters.push(resolve))
  const greeting = answer()
  await greeting
  const say = async (line: string) => {
    const reply = answer()
    socket.write(`${line}\r\n`)
    return reply
  }
  return { socket, say }
}

describe('the local mailbox', () => {
  const arrived: ArrivedMail[] = []
  let mailbox: LocalMailbox

  beforeAll(async () => {
    mailbox = await startLocalMailbox({ onMessage: (mail) => void arrived.push(mail) })
  })
  afterAll(() => mailbox.close())

  const sendUntilData = async () => {
    const session = await smtpSession(mailbox)
    expect(await session.say('EHLO test.local')).toMatch(/^250 /)
    expect(await session.say('MAIL FROM:<app@newsroom.local>')).toMatch(/^250 /)
    expect(await session.say('RCPT TO:<reader@example.com>')).toMatch(/^250 /)
    expect(await session.say('DATA')).toMatch(/^354 /)
    return session
  }

  it('outlives a sender whose connection is reset in the middle of a message, and takes the next one', async () => {
    const dropped = await sendUntilData()
    dropped.socket.write('Subject: half\r\n\r\nthe first half of a body')
    await new Promise((resolve) => setTimeout(resolve, 50))
    dropped.socket.resetAndDestroy()
    await new Promise((resolve) => setTimeout(resolve, 200))

    const next = await sendUntilData()
    expect(await next.say('Subject: whole\r\n\r\na whole message\r\n.')).toMatch(/^250 /)
    await next.say('QUIT')
    expect(arrived.map((mail) => mail.raw.toString())).toEqual([expect.stringContaining('a whole message')])
  })
})
