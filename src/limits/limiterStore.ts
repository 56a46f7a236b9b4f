import path from 'node:path'

import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { chooseDatabase } from '@/config/database'

export type LimiterSpec = { name: string; points: number; seconds: number }

type LimiterOptions = {
  keyPrefix: string
  points: number
  duration: number
  inMemoryBlockOnConsumed: number
  insuranceLimiter: RateLimiterMemory
}

/** `close` ends the store's connection (a process that goes on without its limits: tests dropping their database). */
type Store = { make: (options: LimiterOptions) => Promise<RateLimiterAbstract>; close: () => Promise<unknown> }

const LIMITS_SCHEMA = 'newsroom_limits'

/** Store limiters create their table or collection as they are built and take calls only once it exists. */
const ready = <T extends RateLimiterAbstract>(build: (done: (error?: unknown) => void) => T): Promise<T> =>
  new Promise((resolve, reject) => {
    // A store told its table exists calls back from inside its constructor, before `limiter` is assigned
    const limiter = build((error) => queueMicrotask(() => (error ? reject(error) : resolve(limiter))))
  })

/**
 * PostgreSQL's answers when an object made with IF NOT EXISTS was made by another connection at the same moment
 * (IF NOT EXISTS does not serialize): unique violation, duplicate table, duplicate object (the table's row type),
 * duplicate schema.
 */
const MADE_BY_ANOTHER = new Set(['23505', '42P07', '42710', '42P06'])

/**
 * Where limits are counted, so that every server process on the same data counts together: Redis when REDIS_URL is
 * set (several machines); otherwise the database the site already uses, needing no extra service: on MongoDB a
 * collection of its own in the same database, on PostgreSQL a schema of its own, on the embedded SQLite a small
 * database file beside the main one (`newsroom.db` → `newsroom-limits.db`), which every process on the machine opens. Limits are not content, so they
 * stay out of Payload's schema and migrations; each store creates its own table or collection.
 */
const openStore = async (): Promise<Store> => {
  const redisUrl = process.env.REDIS_URL?.trim()
  if (redisUrl) {
    const ioredis = await import('ioredis')
    // ioredis's CommonJS export is the Redis class itself: Node names it `Redis` too, while the server bundle's
    // namespace for an external package holds only `default` (a function's own properties are not copied)
    const Redis = ioredis.Redis ?? ioredis.default
    // Without the offline queue a Redis outage fails fast and the memory insurance takes over; the first connection
    // is awaited so that a starting server does not count its first requests in memory. ioredis reconnects itself.
    const client = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: true })
    let reported = false
    client.on('ready', () => (reported = false))
    client.on('error', (error: Error) => {
      if (!reported) console.warn(`Rate limits: Redis unavailable, counting in memory meanwhile (${error.message})`)
      reported = true
    })
    await client.connect().catch(() => {})
    return {
      make: async (options) => new RateLimiterRedis({ ...options, storeClient: client }),
      close: () => client.quit().catch(() => client.disconnect()),
    }
  }
  const choice = chooseDatabase(process.env.DATABASE_URI)
  if (choice.engine === 'mongodb') {
    const { default: mongoose } = await import('mongoose')
    const connection = mongoose.createConnection(choice.url)
    // A mongoose connection (not a MongoClient) makes the limiter use the URI's own database
    return {
      make: async (options) => new RateLimiterMongo({ ...options, storeClient: connection, tableName: 'rate-limits' }),
      close: () => connection.close(),
    }
  }
  if (choice.engine === 'postgres') {
    const { Pool } = await import('pg')
    const pool = new Pool({ connectionString: choice.url, max: 4 })
    // An idle connection the server closes is replaced on the next query, not a crash of the process
    pool.on('error', (error) => console.warn(`Rate limits: PostgreSQL connection lost (${error.message})`))
    // A schema of its own keeps the limits' table out of what Payload's migrations compare against
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${LIMITS_SCHEMA}`).catch((error: { code?: string }) => {
      if (!MADE_BY_ANOTHER.has(error.code ?? '')) throw error
    })
    const limiter = (options: LimiterOptions, tableCreated: boolean) =>
      ready(
        (done) =>
          new RateLimiterPostgres(
            { ...options, storeClient: pool, schemaName: LIMITS_SCHEMA, tableName: 'rate_limits', tableCreated },
            done,
          ),
      )
    // Every limiter shares one table. The first one made creates it (the library's own CREATE TABLE IF NOT EXISTS)
    // and the others wait for that, then skip creating it: several creating it at once raced, and the losers' limits
    // (a login's among them) failed. Another instance creating it at the same moment counts as created; any other
    // failure is tried again by the next limiter.
    let table: Promise<unknown> | undefined
    return {
      make: async (options) => {
        table ??= limiter(options, false).catch((error: { code?: string }) => {
          if (MADE_BY_ANOTHER.has(error.code ?? '')) return
          table = undefined
          throw error
        })
        await table
        return limiter(options, true)
      },
      close: () => pool.end(),
    }
  }
  // libsql (installed with Payload's SQLite driver) speaks better-sqlite3's synchronous API. Each count is one tiny
  // write; WAL lets the processes read while one writes, and a busy store falls back to memory within a second.
  const { default: Database } = await import('libsql')
  const parsed = path.parse(choice.file)
  const db = new Database(path.join(parsed.dir, `${parsed.name}-limits${parsed.ext || '.db'}`))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 1000')
  return {
    make: (options) =>
      ready(
        (done) =>
          new RateLimiterSQLite(
            {
              ...options,
              storeClient: db,
              storeType: 'better-sqlite3',
              tableName: 'rate_limits',
              clearExpiredByTimeout: true,
            },
            done,
          ),
      ),
    close: async () => db.close(),
  }
}

type Stores = { key: string; store: Promise<Store>; limiters: Map<string, Promise<RateLimiterAbstract>> }

// One store per process and configuration: Next may load this module once per route bundle.
const STORES = Symbol.for('newsroom.limiterStore')
const holder = globalThis as typeof globalThis & { [STORES]?: Stores }

const storeKey = () => `${process.env.REDIS_URL ?? ''}|${process.env.DATABASE_URI ?? ''}`

/**
 * A limiter of `points` per `seconds` on the shared store. Should the store fail (Redis down, SQLite busy for a
 * second), the limit is kept in this process's memory instead, rather than refusing everyone or letting everyone by.
 */
export const sharedLimiter = ({ name, points, seconds }: LimiterSpec): Promise<RateLimiterAbstract> => {
  if (holder[STORES]?.key !== storeKey()) {
    holder[STORES] = { key: storeKey(), store: openStore(), limiters: new Map() }
  }
  const { store, limiters } = holder[STORES]
  const id = `${name}:${points}:${seconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const options = { keyPrefix: name, points, duration: seconds }
    limiter = store.then((opened) =>
      opened.make({
        ...options,
        // Past the limit, the key is refused from memory until its window ends, so a flood costs the store nothing
        inMemoryBlockOnConsumed: points + 1,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    )
    limiters.set(id, limiter)
  }
  return limiter
}

/**
 * Ends this process's limit store and forgets its limiters (the next limit opens the store again). For a process
 * about to remove the database the store lives in: its open connections would otherwise be cut under it.
 */
export const closeLimiterStore = async () => {
  const stores = holder[STORES]
  if (!stores) return
  holder[STORES] = undefined
  await (await stores.store).close()
}
