import fs from 'node:fs'

import type { Payload } from 'payload'

import type { ReadBack } from './readBack'

/** Reads straight from the database through the Local API, past every access rule. */
export const localReadBack = (payload: Payload, mediaDir: string): ReadBack => ({
  find: async (collection, where) =>
    (await payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true })).docs,
  count: async (collection, where) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs,
  mediaFiles: () => fs.readdirSync(mediaDir),
})
