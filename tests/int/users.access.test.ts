import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
})
afterAll(() => app?.close())

const rolesOf = async (id: number | string) => (await app.payload.findByID({ collection: 'users', id, depth: 0 })).roles

describe('users: who reads', () => {
  it('refuses an anonymous reader with no data', async () => {
    const res = await rest.get('/users')
    expect([401, 403]).toContain(res.status)
    expect(res.data.docs).toBeUndefined()
    expect(JSON.stringify(res.data)).not.toContain('@test.local')
  })

  it.each(['reviewer', 'submitter'])('shows %s only its own account', async (who) => {
    const res = await rest.get('/users', { token: tokens[who] })
    expect(res.status).toBe(200)
    expect(res.data.docs.map((u: { email: string }) => u.email)).toEqual([`${who}@test.local`])
  })

  it.each(['admin', 'editor'])('shows %s every account (editors pick the responsible editor)', async (who) => {
    const res = await rest.get('/users', { token: tokens[who] })
    expect(res.data.totalDocs).toBe(5)
  })

  it('never returns password hashes', async () => {
    const res = await rest.get('/users', { token: tokens.admin })
    expect(JSON.stringify(res.data)).not.toMatch(/"hash"|"salt"|"password"/)
  })
})

describe('users: creating accounts', () => {
  const account = (email: string, roles: string[]) => ({ json: { email, password: TEST_PASSWORD, roles } })

  it('lets an admin create a staff account', async () => {
    const res = await rest.post('/users', { token: tokens.admin, ...account('new-editor@test.local', ['editor']) })
    expect(res.status).toBe(201)
    expect(res.data.doc.roles).toEqual(['editor'])
  })

  it.each(['editor', 'reviewer', 'submitter'])('refuses %s creating accounts', async (who) => {
    const res = await rest.post('/users', { token: tokens[who], ...account(`by-${who}@test.local`, ['reviewer']) })
    expect(res.status).toBe(403)
    expect(
      (await app.payload.count({ collection: 'users', where: { email: { equals: `by-${who}@test.local` } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('refuses an anonymous sign-up once the first admin exists', async () => {
    const res = await rest.post('/users', account('stranger@test.local', ['admin']))
    expect(res.status).toBe(403)
  })

  it('refuses a submitter account without a unit, naming the problem', async () => {
    const res = await rest.post('/users', { token: tokens.admin, ...account('orphan@test.local', ['submitter']) })
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('A submitter account needs an organisation')
    expect(res.data.errors[0].data.errors[0].message).toBe('申报单位账号必须指定所属单位。')
  })
})

describe('users: nobody raises their own role', () => {
  it.each(['editor', 'reviewer', 'submitter'])('%s cannot make itself admin', async (who) => {
    const id = cast.users[who as keyof Cast['users']].id
    const res = await rest.patch(`/users/${id}`, { token: tokens[who], json: { roles: ['admin'] } })
    expect(res.status).toBe(403)
    expect(res.data.errors[0].message).toBe('Only administrators can change roles')
    expect(await rolesOf(id)).toEqual(cast.users[who as keyof Cast['users']].roles)
  })

  it('a submitter cannot move itself to another unit', async () => {
    const { id } = cast.users.submitter
    const res = await rest.patch(`/users/${id}`, { token: tokens.submitter, json: { organization: cast.units.b.id } })
    expect(res.status).toBe(403)
    const after = await app.payload.findByID({ collection: 'users', id, depth: 0 })
    expect(after.organization).toBe(cast.units.a.id)
  })

  it('a user may still edit their own name, sending their unchanged roles along as the admin form does', async () => {
    const { id, roles } = cast.users.reviewer
    const res = await rest.patch(`/users/${id}`, { token: tokens.reviewer, json: { name: '黄审核', roles } })
    expect(res.status).toBe(200)
    expect(res.data.doc.name).toBe('黄审核')
  })

  it('an editor cannot change another account', async () => {
    const { id } = cast.users.reviewer
    const res = await rest.patch(`/users/${id}`, { token: tokens.editor, json: { name: '被改' } })
    expect([403, 404]).toContain(res.status)
    expect((await app.payload.findByID({ collection: 'users', id })).name).not.toBe('被改')
  })

  it('an admin changes roles', async () => {
    const { id } = cast.users.reviewer
    const res = await rest.patch(`/users/${id}`, { token: tokens.admin, json: { roles: ['reviewer', 'editor'] } })
    expect(res.status).toBe(200)
    expect(await rolesOf(id)).toEqual(['reviewer', 'editor'])
  })

  it('the last admin cannot lose the admin role or be deleted', async () => {
    const { id } = cast.users.admin
    const demote = await rest.patch(`/users/${id}`, { token: tokens.admin, json: { roles: ['editor'] } })
    expect(demote.status).toBe(409)
    expect(await rolesOf(id)).toEqual(['admin'])
    const remove = await rest.delete(`/users/${id}`, { token: tokens.admin })
    expect(remove.status).toBe(409)
  })

  it.each(['editor', 'reviewer', 'submitter'])('%s cannot delete accounts', async (who) => {
    const res = await rest.delete(`/users/${cast.users.submitter2.id}`, { token: tokens[who] })
    expect([403, 404]).toContain(res.status)
    expect(
      (await app.payload.count({ collection: 'users', where: { id: { equals: cast.users.submitter2.id } } })).totalDocs,
    ).toBe(1)
  })
})
