/**
 * `npm run demo`: migrate, load regions and demo content, build, then serve on http://localhost:$PORT.
 * The secret and the generated password are kept in data/ so a second run reuses them; nothing is duplicated.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { startMailFolder } from '@/mail/mailFolder'

const dataDir = path.resolve('data')
const bin = (name: string) => path.resolve('node_modules/.bin', name)

const remembered = (file: string, make: () => string): string => {
  const full = path.join(dataDir, file)
  if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8').trim()
  const value = make()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(full, value, { mode: 0o600 })
  return value
}

const runOnce = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number | null>((resolve) => spawn(command, args, { env, stdio: 'inherit' }).on('exit', resolve))

/**
 * Under Node 20, loading @payloadcms/richtext-lexical outside Next's bundle can deadlock in its module graph, ending
 * the process with exit code 13 before any of our code runs. seedDemo.ts loads it in an order that avoids this; a
 * new start remains the backstop. Any other failure stops the demo.
 */
const UNSETTLED_TOP_LEVEL_AWAIT = 13

const run = async (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  for (let attempt = 1; ; attempt++) {
    const code = await runOnce(command, args, env)
    if (code === 0) return
    if (code !== UNSETTLED_TOP_LEVEL_AWAIT || attempt === 5) {
      throw new Error(`${path.basename(command)} exited with ${code}`)
    }
  }
}

const password = process.env.DEMO_PASSWORD || remembered('demo-password', () => randomBytes(9).toString('base64url'))
const port = process.env.PORT || '3000'
// Unless pointed at a real SMTP server, the demo receives its own mail: kept in data/mail (or MAIL_DIR), one console
// line each.
const mailDir = process.env.MAIL_DIR || path.join(dataDir, 'mail')
const mailbox = process.env.SMTP_HOST ? null : await startMailFolder(mailDir)
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DEMO_MODE: '1',
  DEMO_PASSWORD: password,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || remembered('demo-secret', () => randomBytes(32).toString('hex')),
  PORT: port,
  ...(mailbox ? { SMTP_HOST: mailbox.host, SMTP_PORT: String(mailbox.port) } : {}),
}

// Seed first: the build renders the home page from the database, which must already hold the demo content.
await run(bin('tsx'), ['src/scripts/seedDemo.ts'], env)
// `npm run build`, so the demo is built exactly as production is (with webpack: see the README's production section)
if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build'], env)

console.log(`
演示已就绪 · Demo ready: http://localhost:${port}  (admin: http://localhost:${port}/admin)
账号 Accounts: admin / editor / reviewer / reviewer2 / submitter / submitter2 @demo.local
密码 Password: ${password}
邮件 Mail: ${mailbox ? `${path.relative(process.cwd(), mailDir) || mailDir}/*.eml` : `SMTP ${env.SMTP_HOST}`}
`)
// `npm start`, so the demo runs the server exactly as production does (with its memory setting)
await run('npm', ['run', 'start', '--', '-p', port], env)
