import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { accepts, waitFor } from './waitFor'

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> }

/** Debian keeps the server's programs out of PATH; `initdb` on PATH wins, else the newest installed version. */
const postgresBin = (name: string) => {
  const onPath = process.env.PATH?.split(':').find((dir) => fs.existsSync(path.join(dir, name)))
  if (onPath) return path.join(onPath, name)
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions.map((version) => path.join(root, version, 'bin', name)).find((file) => fs.existsSync(file))
  if (!found) throw new Error(`${name} not found: install PostgreSQL (apt-get install -y postgresql)`)
  return found
}

/** PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user. */
const serverUser = () => {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/** The server on a cluster folder made ready, listening on 127.0.0.1:`port` only, its socket in the folder too. */
const runServer = async (dataDir: string, port: number, user: ReturnType<typeof serverUser>) => {
  const server = spawn(
    postgresBin('postgres'),
    [
      ...['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dataDir, '-c', 'max_connections=200'],
      // A throwaway cluster: nothing in it must survive a crash of the machine, so no waiting for the disk
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    { ...user, stdio: ['ignore', 'ignore', fs.openSync(path.join(dataDir, 'server.log'), 'a')] },
  )
  // A missing program is an 'error' event with no exit
  let failed = false
  const exited = new Promise<void>((resolve) => {
    server.once('exit', () => resolve())
    server.once('error', () => {
      failed = true
      resolve()
    })
  })
  await waitFor(`PostgreSQL on port ${port} (see ${dataDir}/server.log)`, () => accepts(port), {
    alive: () => server.exitCode === null && !failed,
  })
  return {
    url: (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (server.exitCode === null && !failed) server.kill('SIGINT')
      await exited
    },
  }
}

/** An empty folder for a cluster, owned by the server's user. */
const clusterFolder = (dataDir: string, user: ReturnType<typeof serverUser>) => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  // The server's user must reach the folder through its parents
  fs.chmodSync(path.dirname(dataDir), 0o755)
  if (user.uid !== undefined) fs.chownSync(dataDir, user.uid, user.gid as number)
}

/**
 * A throwaway PostgreSQL cluster in `dataDir` (made anew: anything there is removed), listening on 127.0.0.1:`port`
 * only, with trust authentication for the `postgres` role and without waiting for the disk (it is thrown away); the
 * socket lives in the folder too. `stop` shuts it down fast (SIGINT), rolling back open transactions.
 */
export const startPostgres = async (dataDir: string, port: number): Promise<RunningPostgres> => {
  const user = serverUser()
  clusterFolder(dataDir, user)
  execFileSync(postgresBin('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...user,
    stdio: 'ignore',
  })
  return runServer(dataDir, port, user)
}

/**
 * A streaming read replica (hot standby) of the cluster on 127.0.0.1:`primaryPort`, copied with pg_basebackup into
 * `dataDir` (made anew) and served on `port`: it replays what the primary writes and refuses writes of its own.
 * initdb's trust rules already let the `postgres` role replicate from 127.0.0.1.
 */
export const startReplica = async (dataDir: string, port: number, primaryPort: number): Promise<RunningPostgres> => {
  const user = serverUser()
  clusterFolder(dataDir, user)
  execFileSync(
    postgresBin('pg_basebackup'),
    // A fast checkpoint: by default pg_basebackup waits for a spread one, most of a minute on an idle primary
    [
      ...['-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast', '-N'],
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
    ],
    { ...user, stdio: 'ignore' },
  )
  return runServer(dataDir, port, user)
}
