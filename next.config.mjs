import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'

import { distDir } from './src/cache/buildDataCache.mjs'
import { EVERY_ANSWER, NEVER_FRAMED } from './src/http/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running demo's build is never replaced under it.
  distDir: distDir(),
  images: { unoptimized: true },
  // Next hashes the whole page in JavaScript for every cached answer it sends, about a sixth of its work per page
  // (profiled under bench/reader.ts's load). The cost: a browser revalidating a page gets it whole, not a 304.
  generateEtags: false,
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: EVERY_ANSWER },
      ...['/admin', '/admin/:path*', '/submit', '/submit/:path*'].map((source) => ({ source, headers: NEVER_FRAMED })),
    ]
  },
  // Cached pages and data live in memory only (isrFlushToDisk below), in this bounded store: any query string or
  // unknown slug is a page Next caches, so writing each to disk would let anyone fill the disk. After a restart pages
  // render again on first request. The few pages the build prerendered (home, archives, feed, sitemap) are read from
  // the build folder, and this process knows no expiry older than its start: each has a one-minute revalidation, so
  // after a restart the build's copy is answered at most until its next regeneration, not until a publish.
  cacheMaxMemorySize: 50 * 1024 * 1024,
  // The submission portal's form carries a photo and an attachment of up to 20 MB each (the media library's limit).
  // globalNotFound: an address no route matches gets app/global-not-found.tsx, the reader site's Chinese 404 (with two
  // root layouts, the admin's and the reader site's, Next has no other place for it)
  experimental: {
    serverActions: { bodySizeLimit: '42mb' },
    globalNotFound: true,
    isrFlushToDisk: false,
  },
  // Loaded by Node, not bundled: jieba is a native module that reads its dictionary from its own folder at run time;
  // exceljs, loaded only by an export, would otherwise sit in every bundle that holds the Payload config;
  // rate-limiter-flexible checks its limiters with instanceof, which a bundled second copy of it fails (every limit
  // then threw "insuranceLimiter must be instance of RateLimiterAbstract"); ioredis, for those limits with REDIS_URL,
  // whose bundled copy has no `Redis` export (every login failed with "h is not a constructor").
  serverExternalPackages: ['@node-rs/jieba', 'exceljs', 'rate-limiter-flexible', 'ioredis'],
}

/**
 * With REDIS_URL, the running servers keep that cache in Redis instead (src/cache/redisCacheHandler.mjs), so several
 * app instances share pages, data and tag expiries: a publish on one expires the page on all. The build keeps Next's
 * own cache: what it prerenders is written into the build folder, whatever Redis holds.
 */
const sharedCache = (phase) =>
  phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL('./src/cache/redisCacheHandler.mjs', import.meta.url)) }
    : {}

export default (phase) => withPayload({ ...nextConfig, ...sharedCache(phase) })
