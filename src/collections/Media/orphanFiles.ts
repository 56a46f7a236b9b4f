import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { mediaDir } from '@/config/paths'

const SIZE_NAMES = ['thumbnail', 'card', 'hero'] as const
const CHUNK = 200

/**
 * Long enough for any upload between writing its file and committing its document (a write transaction is rolled
 * back after 60 s), so a file whose document is still on its way is never taken for an orphan.
 */
export const ORPHAN_GRACE_MS = 90_000

/**
 * Payload writes an upload's files before its document is committed: a crash or a failed commit in between leaves
 * files no document names. This removes the files in media/ that no media document names (as its file or one of its
 * sizes), among those older than the grace period. Returns the names removed.
 */
export const removeOrphanFiles = async (payload: Payload, { now = Date.now() } = {}): Promise<string[]> => {
  const entries = await fs.readdir(mediaDir, { withFileTypes: true }).catch(() => [])
  const candidates: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    const stat = await fs.stat(path.join(mediaDir, entry.name)).catch(() => null)
    if (stat && now - stat.mtimeMs >= ORPHAN_GRACE_MS) candidates.push(entry.name)
  }
  const removed: string[] = []
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const names = candidates.slice(start, start + CHUNK)
    const named = await payload.find({
      collection: 'media',
      where: {
        or: [{ filename: { in: names } }, ...SIZE_NAMES.map((size) => ({ [`sizes.${size}.filename`]: { in: names } }))],
      },
      select: { filename: true, sizes: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const kept = new Set<string>()
    for (const doc of named.docs) {
      if (doc.filename) kept.add(doc.filename)
      for (const size of SIZE_NAMES) {
        const name = doc.sizes?.[size]?.filename
        if (name) kept.add(name)
      }
    }
    for (const name of names) {
      if (kept.has(name)) continue
      await fs.rm(path.join(mediaDir, name), { force: true })
      removed.push(name)
    }
  }
  if (removed.length > 0) payload.logger.warn(`Removed ${removed.length} media file(s) without a document`)
  return removed
}
