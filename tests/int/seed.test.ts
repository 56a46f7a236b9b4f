import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '@/seed'

import { loginAs } from '../helpers/loginAs'
import { restClient } from '../helpers/rest'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
const password = 'Seed-Test-Password-1'

const counts = async () => {
  const out: Record<string, number> = {}
  for (const collection of ['users', 'organizations', 'regions'] as const) {
    out[collection] = (await app.payload.count({ collection })).totalDocs
  }
  return out
}

beforeAll(async () => {
  app = await startPayload()
  await seedDemo(app.payload, { password })
})
afterAll(() => app?.close())

describe('the demo seed', () => {
  it('creates the six demo accounts, each able to log in, submitters in units A and B', async () => {
    const rest = restClient(app.config)
    for (const who of ['admin', 'editor', 'reviewer', 'reviewer2', 'submitter', 'submitter2']) {
      expect(await loginAs(rest, `${who}@demo.local`, password)).toBeTruthy()
    }
    const submitters = await app.payload.find({
      collection: 'users',
      where: { roles: { contains: 'submitter' } },
      depth: 1,
    })
    const unitOf = Object.fromEntries(submitters.docs.map((u) => [u.email, (u.organization as { name: string }).name]))
    expect(unitOf).toEqual({
      'submitter@demo.local': '永安市人民政府办公室',
      'submitter2@demo.local': '寿宁县下党乡人民政府',
    })
  })

  it('duplicates nothing when run again, and takes a new password', async () => {
    const before = await counts()
    await seedDemo(app.payload, { password: 'Changed-Password-2' })
    expect(await counts()).toEqual(before)
    await expect(loginAs(restClient(app.config), 'editor@demo.local', 'Changed-Password-2')).resolves.toBeTruthy()
  })
})
