/**
 * Next's incremental cache (rendered pages, route answers and unstable_cache data) kept in Redis, so that every app
 * instance serves what any of them rendered, and a tag expired on one (a publish) is expired on all. next.config.mjs
 * installs it when REDIS_URL is set; without it Next keeps its own cache in each process's memory.
 *
 * Loaded by Next at run time, outside its bundles: plain JavaScript on ioredis, no app imports.
 *
 * Layout in Redis:
 *   newsroom:next:<build id>:entry:<key>  one entry (v8-serialised: its value, when it was saved, its lifetime, tags)
 *   newsroom:next:tag-expiries            a hash: tag → the time (ms) it expires everything saved before
 * Entries are per build (a page rendered by another build would name script files this one does not serve); tag
 * expiries are shared by every build. Entries carry a TTL and tag expiries none, so under Redis's `volatile-lru`
 * policy memory pressure drops entries (a render) and never an expiry (which would bring an old page back).
 *
 * When Redis cannot answer, a read is a miss (the page renders afresh) and a write is skipped. An expiry that could
 * not be recorded is kept, and recorded as of the moment Redis takes it; until then this process reads nothing from
 * Redis, since what it would read may be what the expiry was for.
 */
import fs from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'

import { Redis } from 'ioredis'

const PREFIX = 'newsroom:next:'
const TAG_EXPIRIES = `${PREFIX}tag-expiries`
/** The longest an entry stays in Redis, whatever its lifetime: a page nobody asked for in a day renders again. */
const MAX_ENTRY_SECONDS = 24 * 60 * 60
/** A page waits at most this for Redis before rendering without it. */
const COMMAND_TIMEOUT_MS = 1_000

/** One connection per process: Next makes a handler per request. */
const SHARED = Symbol.for('newsroom.redisCacheHandler')

const connect = () => {
  const client = new Redis(process.env.REDIS_URL, {
    // Fail at once while Redis is away rather than queue page reads behind it; ioredis reconnects by itself.
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
  })
  const shared = { client, unrecordedTags: new Set(), warned: false }
  // The first requests after a start wait for the first connection (capped), instead of all rendering uncached
  shared.ready = new Promise((resolve) => {
    client.once('ready', resolve)
    setTimeout(resolve, COMMAND_TIMEOUT_MS).unref()
  })
  client.on('error', (error) => {
    if (!shared.warned) console.warn(`Page cache: Redis unavailable, rendering without it (${error.message})`)
    shared.warned = true
  })
  client.on('ready', () => (shared.warned = false))
  return shared
}

const shared = () => (globalThis[SHARED] ??= connect())

const recordExpiries = async (state, tags, expiredAt) => {
  try {
    await state.client.hset(TAG_EXPIRIES, Object.fromEntries(tags.map((tag) => [tag, String(expiredAt)])))
    for (const tag of tags) state.unrecordedTags.delete(tag)
  } catch (error) {
    for (const tag of tags) state.unrecordedTags.add(tag)
    console.warn(`Page cache: could not record the expiry of ${tags.join(', ')} (${error.message}); will retry`)
  }
}

/** Next names a page's or route answer's tags in this header of the stored answer. */
const CACHE_TAGS_HEADER = 'x-next-cache-tags'

const tagsOf = (entry, ctx) => {
  if (ctx.kind === 'FETCH') return [...new Set([...(entry.tags ?? []), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])]
  const header = entry.value?.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

const lifetimeSeconds = (data, ctx) => {
  const seconds = ctx.fetchCache ? data?.revalidate : ctx.cacheControl?.expire
  return typeof seconds === 'number' && seconds > 0
    ? Math.min(Math.ceil(seconds), MAX_ENTRY_SECONDS)
    : MAX_ENTRY_SECONDS
}

const readBuildId = (serverDistDir) => {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unbuilt'
  }
}

export default class RedisCacheHandler {
  constructor(ctx) {
    this.entryPrefix = `${PREFIX}${readBuildId(ctx.serverDistDir ?? '.')}:entry:`
  }

  /** The connection, once it is up and every expiry this process made is recorded; otherwise null. */
  async client() {
    const state = shared()
    await state.ready
    if (state.client.status !== 'ready') return null
    if (state.unrecordedTags.size) await recordExpiries(state, [...state.unrecordedTags], Date.now())
    return state.unrecordedTags.size ? null : state.client
  }

  async get(key, ctx) {
    const redis = await this.client()
    if (!redis) return null
    try {
      const stored = await redis.getBuffer(this.entryPrefix + key)
      if (!stored) return null
      const entry = deserialize(stored)
      const tags = tagsOf(entry, ctx)
      if (tags.length) {
        const now = Date.now()
        const expiries = await redis.hmget(TAG_EXPIRIES, ...tags)
        // Expired when a tag's expiry has come and falls after the entry was saved (as Next's own cache decides)
        if (expiries.some((at) => at !== null && Number(at) > entry.lastModified && Number(at) <= now)) return null
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    } catch {
      return null
    }
  }

  async set(key, data, ctx) {
    const redis = await this.client()
    if (!redis) return
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
      tags: ctx.fetchCache ? ctx.tags : undefined,
    }
    await redis.set(this.entryPrefix + key, serialize(entry), 'EX', lifetimeSeconds(data, ctx)).catch(() => {})
  }

  /**
   * Tags expire `expire` seconds from now (at once for the app's expiries); Next's softer "stale" marking without an
   * expiry is not shared, as the app never uses it.
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : [...tags]
    if (!list.length) return
    const state = shared()
    await state.ready
    await recordExpiries(state, list, Date.now() + (durations?.expire ?? 0) * 1000)
  }

  resetRequestCache() {}
}
