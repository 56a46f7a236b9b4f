import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'

import { startLocalMailbox } from './localMailbox'

/**
 * The demo's mailbox: every message the app sends is kept as an .eml file (open it in any mail program) and announced
 * with one line on the console, so whoever tries the demo sees the mail each step sent.
 */
export const startMailFolder = async (folder: string, port = 0) => {
  fs.mkdirSync(folder, { recursive: true })
  let count = 0
  return startLocalMailbox({
    port,
    onMessage: async ({ raw, to }) => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const file = path.join(folder, `${stamp}-${++count}.eml`)
      await fs.promises.writeFile(file, raw)
      const { subject } = await simpleParser(raw)
      console.log(`✉ 邮件 Mail → ${to.join(', ')} · ${subject ?? ''} · ${path.relative(process.cwd(), file)}`)
    },
  })
}
