/**
 * `npm run cluster`: the several-instance layout on this machine, with the demo loaded: a throwaway PostgreSQL
 * cluster (data/cluster/postgres, made anew each run), redis-server, two app instances of the production build and
 * the nginx front (deploy/nginx.conf) over both. Prints the addresses and the demo accounts; Ctrl-C stops everything
 * it started. `--no-build` reuses the last build; INSTANCES sets how many app instances (2); PORT the front's (8080).
 * Needs postgresql, redis-server and nginx installed (Debian: apt-get install -y postgresql redis-server nginx).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { renderTemplate, startNginx, upstreamOf } from '../../bench/nginx'
import { startInstance, type RunningInstance } from '@/cluster/startInstance'
import { startPostgres } from '@/cluster/startPostgres'
import { startRedis } from '@/cluster/startRedis'
import { freePort } from '@/cluster/freePort'
import { startMailFolder } from '@/mail/mailFolder'

const dataDir = path.resolve('data')
const clusterDir = path.join(dataDir, 'cluster')
const instanceCount = Number(process.env.INSTANCES || 2)
const frontPort = Number(process.env.PORT || 8080)

const remembered = (file: string, make: () => string): string => {
  const full = path.join(dataDir, file)
  if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8').trim()
  const value = make()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(full, value, { mode: 0o600 })
  return value
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) =>
    spawn(command, args, { env, stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}`)),
    ),
  )

const stops: (() => Promise<void>)[] = []
let stopping = false
const stopAll = async (exitCode: number) => {
  if (stopping) return
  stopping = true
  console.log('\n停止集群 · stopping the cluster …')
  // The front first, then the instances, then what they use
  for (const stop of stops.reverse()) await stop().catch((error) => console.warn(String(error)))
  process.exit(exitCode)
}
process.on('SIGINT', () => void stopAll(130))
process.on('SIGTERM', () => void stopAll(143))

try {
  fs.mkdirSync(clusterDir, { recursive: true })
  const postgres = await startPostgres(path.join(clusterDir, 'postgres'), await freePort())
  stops.push(postgres.stop)
  const redis = await startRedis(await freePort())
  stops.push(redis.stop)

  const password = process.env.DEMO_PASSWORD || remembered('demo-password', () => randomBytes(9).toString('base64url'))
  const mailDir = process.env.MAIL_DIR || path.join(dataDir, 'mail')
  const mailbox = process.env.SMTP_HOST ? null : await startMailFolder(mailDir)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: postgres.url('newsroom'),
    REDIS_URL: redis.url,
    DEMO_MODE: '1',
    DEMO_PASSWORD: password,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || remembered('demo-secret', () => randomBytes(32).toString('hex')),
    MEDIA_DIR: process.env.MEDIA_DIR || path.join(clusterDir, 'media'),
    // Links in mail and previews name the front, not an instance
    SERVER_URL: process.env.SERVER_URL || `http://localhost:${frontPort}`,
    ...(mailbox ? { SMTP_HOST: mailbox.host, SMTP_PORT: String(mailbox.port) } : {}),
  }
  // Migrations and the demo content first; the build renders the home page from the database
  await run(path.resolve('node_modules/.bin/tsx'), ['src/scripts/seedDemo.ts'], env)
  if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build'], env)

  const instances: RunningInstance[] = []
  for (let n = 1; n <= instanceCount; n++) {
    const port = await freePort()
    const instance = await startInstance({ port, env, log: path.join(clusterDir, `instance-${n}.log`) })
    stops.push(instance.stop)
    instances.push(instance)
  }
  const front = await startNginx(
    path.join(clusterDir, 'front'),
    renderTemplate(fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8'), {
      NEWSROOM_LISTEN: String(frontPort),
      NEWSROOM_UPSTREAM: upstreamOf(instances.map((instance) => new URL(instance.baseURL).host)),
      NEWSROOM_STAMPER: `127.0.0.1:${await freePort()}`,
    }),
    frontPort,
  )
  stops.push(front.stop)

  console.log(`
集群已就绪 · Cluster ready
  前端 Front (nginx):  http://localhost:${frontPort}  (admin: http://localhost:${frontPort}/admin)
${instances.map((instance, n) => `  实例 Instance ${n + 1}:     ${instance.baseURL}`).join('\n')}
  PostgreSQL:          ${postgres.url('newsroom')}
  Redis:               ${redis.url}
  日志 Logs:           ${path.relative(process.cwd(), clusterDir)}/instance-*.log, front/error.log
账号 Accounts: admin / editor / reviewer / reviewer2 / submitter / submitter2 @demo.local
密码 Password: ${password}
邮件 Mail: ${mailbox ? `${path.relative(process.cwd(), mailDir) || mailDir}/*.eml` : `SMTP ${env.SMTP_HOST}`}
按 Ctrl-C 停止 · Ctrl-C stops everything.
`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stopAll(1)
}
