import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '@/seed'

import { loginAs } from '../helpers/loginAs'
import { restClient } from '../helpers/rest'
import { startSeededDemo } from '../helpers/seededDemo'
import type { TestApp } from '../helpers/startPayload'

let app: TestApp

const counts = async () => {
  const out: Record<string, number> = {}
  const collections = [
    'users',
    'organizations',
    'regions',
    'articles',
    'topics',
    'livestream-events',
    'pairing-aids',
    'campaigns',
    'case-submissions',
    'audit-events',
    'case-reviews',
    'case-votes',
    'case-objections',
    'media',
  ] as const
  for (const collection of collections) {
    out[collection] = (await app.payload.count({ collection })).totalDocs
  }
  // An unchanged document gets no new version on a rerun
  for (const collection of ['articles', 'topics', 'livestream-events', 'pairing-aids'] as const) {
    out[`${collection} versions`] = (await app.payload.countVersions({ collection })).totalDocs
  }
  return out
}

beforeAll(async () => {
  app = await startSeededDemo()
})
afterAll(() => app?.close())

describe('the demo seed', () => {
  it('duplicates nothing when run again, and takes a new password', async () => {
    const before = await counts()
    const caseState = async () =>
      (await app.payload.find({ collection: 'case-submissions', pagination: false, depth: 0, sort: 'id' })).docs.map(
        (doc) => [doc.title, doc.status, doc.votes, doc.publicityEndsAt, doc.updatedAt],
      )
    const casesBefore = await caseState()
    await seedDemo(app.payload, { password: 'Changed-Password-2' })
    expect(await counts()).toEqual(before)
    expect(await caseState()).toEqual(casesBefore)
    await expect(loginAs(restClient(app.config), 'editor@demo.local', 'Changed-Password-2')).resolves.toBeTruthy()
  })
})
