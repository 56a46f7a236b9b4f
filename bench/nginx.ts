import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/**
 * Fills the `${NAME}` placeholders of an nginx template, as `envsubst '${NAME} …'` would, and refuses to leave one
 * unfilled (nginx would read it as an undefined variable and fail, or worse, listen somewhere unexpected).
 */
export const renderTemplate = (template: string, values: Record<string, string>): string => {
  return template.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`no value for ${placeholder}`)
    return values[name]
  })
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

export type RunningNginx = { prefix: string; stop: () => Promise<void> }

/**
 * Runs nginx in the foreground from its own prefix folder (pid, logs, temp files and cache all live there), so it
 * needs no privileges and leaves nothing behind. Answers once the port accepts connections.
 */
export const startNginx = async (prefix: string, config: string, port: number): Promise<RunningNginx> => {
  fs.mkdirSync(prefix, { recursive: true, mode: 0o755 })
  const conf = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(conf, config)
  const nginx: ChildProcess = spawn('nginx', ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()))
  const deadline = Date.now() + 10_000
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx (${conf}) exited with ${nginx.exitCode}: ${stderr}`)
    if (await accepts(port)) break
    if (Date.now() > deadline) throw new Error(`nginx (${conf}) did not listen on ${port}: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    prefix,
    stop: async () => {
      if (nginx.exitCode === null) nginx.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * NEWSROOM_UPSTREAM for several app instances (`host:port` each): the template's `server ${NEWSROOM_UPSTREAM};` line
 * then becomes one `server` line per instance, and nginx spreads requests over them, passing a request an instance
 * refuses or drops before answering to the next. On one line: the template also names its placeholders in a comment,
 * where a line break would end the comment and leave a `server` line outside any block.
 */
export const upstreamOf = (hosts: string[]) => hosts.join('; server ')
