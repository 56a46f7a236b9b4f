import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'

export type ReadMail = { to: string[]; subject: string; text: string; html: string }

/** Every message the demo's local SMTP server kept in `folder` (one .eml each), parsed. */
export const readMailFolder = async (folder: string): Promise<ReadMail[]> => {
  if (!fs.existsSync(folder)) return []
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.eml'))
  return Promise.all(
    files.map(async (name) => {
      const mail = await simpleParser(fs.readFileSync(path.join(folder, name)))
      const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address ?? ''))
      return {
        to,
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
      }
    }),
  )
}

/** Waits until `folder` holds a message matching `match`, since mail goes out after the answer. */
export const waitForMail = async (folder: string, match: (mail: ReadMail) => boolean, timeoutMs = 15_000) => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await readMailFolder(folder)).find(match)
    if (found) return found
    if (Date.now() > until) throw new Error('no matching mail arrived')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
