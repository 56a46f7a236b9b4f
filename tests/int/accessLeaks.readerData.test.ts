import type { Access } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getRegionPage } from '@/data/regionPage'
import { regionGrid } from '@/data/regions'

import { startPayload, type TestApp } from '../helpers/startPayload'

/**
 * The reader site reads only what a reader may read: every read in src/data asks with the reader's access, regions
 * included. Regions are public today, so a region is hidden here by narrowing the collection's read rule on the
 * running app — what a future rule (say, a region not yet in use) would do.
 */
let app: TestApp
let city: { id: number }
let restoreRead: () => void

// Next's data cache exists only inside a server; here every read goes to the database, as a reader's first one does.
vi.mock('next/cache', () => ({ unstable_cache: (read: unknown) => read, revalidateTag: () => {} }))

const context = { disableRevalidate: true }
const HIDDEN = '350482'

beforeAll(async () => {
  app = await startPayload()
  const region = (code: string, name: string, level: string, parent?: number) =>
    app.payload.create({ collection: 'regions', data: { code, name, level: level as 'city', parent }, context })
  city = await region('350400', '三明市', 'city')
  await region('350481', '永安市', 'county', city.id)
  await region(HIDDEN, '隐藏县', 'county', city.id)
  const access = app.payload.collections.regions.config.access
  const original = access.read
  const hideOne: Access = () => ({ code: { not_equals: HIDDEN } })
  access.read = hideOne
  restoreRead = () => {
    access.read = original
  }
})
afterAll(async () => {
  restoreRead?.()
  await app?.close()
})

describe('region reads on the reader site', () => {
  it('leave a region readers may not read out of the region grid', async () => {
    const grid = await regionGrid({}, city.id)
    expect(grid.map((region) => region.code)).toEqual(['350481'])
  })

  it('leave it out of its city’s page and give it no page of its own', async () => {
    const page = await getRegionPage({}, '350400')
    expect(page?.children.map((region) => region.code)).toEqual(['350481'])
    expect(await getRegionPage({}, HIDDEN)).toBeNull()
  })
})
