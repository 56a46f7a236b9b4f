import { spawnSync } from 'node:child_process'

type Process = { pid: number; ppid: number; rssKb: number; args: string }

const processes = (): Process[] =>
  spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, pid, ppid, rssKb, args]) => ({ pid: Number(pid), ppid: Number(ppid), rssKb: Number(rssKb), args }))

const descendants = (all: Process[], root: number): Process[] => {
  const children = all.filter((process) => process.ppid === root)
  return children.flatMap((child) => [child, ...descendants(all, child.pid)])
}

/**
 * Resident memory of the Next server, found under the process that started it (npm and the demo script above it
 * are launchers, not the server): `next start` and any process it forked, in MB.
 */
export const serverRssMb = (launcherPid: number) => {
  const all = processes()
  const launched = descendants(all, launcherPid)
  // Next names its server process next-server; the shell npm starts it with only mentions `next start`
  const server =
    launched.find((process) => process.args.startsWith('next-server')) ??
    launched.find((process) => /\bnext\b.*\bstart\b/.test(process.args))
  if (!server) return { total: null, processes: [] }
  const tree = [server, ...descendants(all, server.pid)]
  return {
    total: tree.reduce((sum, process) => sum + process.rssKb, 0) / 1024,
    processes: tree.map(({ pid, rssKb, args }) => ({ pid, rssMb: rssKb / 1024, args: args.slice(0, 120) })),
  }
}
