import { parseArgs } from 'node:util'

/** The command line of `npm run bench:scale` (described at the top of run.ts), read once. */
export const { values: options } = parseArgs({
  options: {
    database: { type: 'string' },
    articles: { type: 'string', default: '100000' },
    cases: { type: 'string', default: '20000' },
    events: { type: 'string', default: '2000' },
    views: { type: 'string', default: '1000000' },
    votes: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    threads: { type: 'string', default: '2' },
    renders: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'dist-dir': { type: 'string', default: '.next-scale' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
})
export const sizes = {
  articles: Number(options.articles),
  cases: Number(options.cases),
  events: Number(options.events),
  views: Number(options.views),
  votes: Number(options.votes),
}
export const wrk = {
  seconds: Number(options.seconds),
  connections: Number(options.connections),
  threads: Number(options.threads),
}
export const renders = Number(options.renders)
export const rounds = Number(options.rounds)
if (options.only !== undefined && options.only !== 'votes') throw new Error('--only takes "votes"')
export const votesOnly = options.only === 'votes'
