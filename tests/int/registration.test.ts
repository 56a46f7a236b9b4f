import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import { loginAs } from '../helpers/loginAs'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let caseBody: Record<string, unknown>

const PASSWORD = 'Unit-Password-2026'
let nextAddress = 1

/** Each call from its own address unless told, so the per-address brake only bites where a test wants it. */
const register = (body: Record<string, unknown>, address = `10.1.0.${nextAddress++}`) =>
  rest.post('/organizations/register', { json: body, headers: { 'X-Real-IP': address } })

const unit = (n: string) => ({
  name: `沙县区农业农村局${n}`,
  kind: 'government-department',
  region: '350481',
  contactPerson: '张敏',
  phone: '0598-5800000',
  email: `unit${n}@shaxian.example.cn`,
  password: PASSWORD,
})

const counts = async () => ({
  organizations: (await app.payload.count({ collection: 'organizations' })).totalDocs,
  users: (await app.payload.count({ collection: 'users' })).totalDocs,
})

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await openCaseCallCampaign(app.payload)
  caseBody = {
    campaign: campaign.id,
    title: '沙县小吃带动就业',
    type: '创新模式',
    region: region.id,
    summary: '沙县小吃走出去，带动农民就业增收。',
    body: lexicalParagraphs(['沙县小吃同业公会组织培训，统一品牌。']),
    photos: [image.id],
    contactPerson: '张敏',
    phone: '0598-5800000',
    email: 'office@shaxian.example.cn',
  }
})
afterAll(() => app?.close())

describe('a unit registers itself', () => {
  it('gets a pending organisation and a submitter account of it, and can log in', async () => {
    const res = await register(unit('1'))
    expect(res.status).toBe(201)
    expect(res.data.organization).toMatchObject({ name: '沙县区农业农村局1', approval: 'pending' })
    const organization = await app.payload.findByID({ collection: 'organizations', id: res.data.organization.id })
    expect(organization).toMatchObject({ kind: 'government-department', contactPerson: '张敏', approval: 'pending' })
    const user = await app.payload.findByID({ collection: 'users', id: res.data.user.id, depth: 0 })
    expect(user).toMatchObject({ email: 'unit1@shaxian.example.cn', roles: ['submitter'] })
    expect(user.organization).toBe(organization.id)
    expect(await loginAs(rest, 'unit1@shaxian.example.cn', PASSWORD)).toBeTruthy()
  })

  it('ignores roles, approval and an organisation sent with the form', async () => {
    const res = await register({
      ...unit('2'),
      roles: ['admin', 'editor'],
      approval: 'approved',
      organization: cast.units.a.id,
    })
    expect(res.status).toBe(201)
    const user = await app.payload.findByID({ collection: 'users', id: res.data.user.id, depth: 0 })
    expect(user.roles).toEqual(['submitter'])
    expect(user.organization).toBe(res.data.organization.id)
    const organization = await app.payload.findByID({ collection: 'organizations', id: res.data.organization.id })
    expect(organization.approval).toBe('pending')
  })

  it('names every wrong field, in Chinese, and writes nothing', async () => {
    const before = await counts()
    const res = await register({ ...unit('3'), phone: '12345', email: 'not-an-email', password: 'short' })
    expect(res.status).toBe(400)
    expect(res.data.errors[0].message).toBe('Registration details are invalid')
    expect(res.data.errors[0].data.code).toBe('registrationInvalid')
    expect(res.data.errors[0].data.errors.map((e: { field: string }) => e.field)).toEqual([
      'phone',
      'email',
      'password',
    ])
    expect(res.data.errors[0].data.errors[2].message).toContain('至少 10')
    const unknownRegion = await register({ ...unit('3'), region: '999999' })
    expect(unknownRegion.status).toBe(400)
    expect(unknownRegion.data.errors[0].data.errors).toEqual([{ field: 'region', message: '请选择所在地区' }])
    expect(await counts()).toEqual(before)
  })

  it('refuses a name or an email already registered, and writes nothing', async () => {
    const before = await counts()
    const sameName = await register({ ...unit('4'), name: '测试单位甲' })
    expect(sameName.status).toBe(409)
    expect(sameName.data.errors[0].message).toBe('Organisation name already registered')
    expect(sameName.data.errors[0].data.errors[0]).toMatchObject({
      field: 'name',
      message: expect.stringContaining('已经注册'),
    })
    const sameEmail = await register({ ...unit('4'), email: 'SUBMITTER@test.local' })
    expect(sameEmail.status).toBe(409)
    expect(sameEmail.data.errors[0].data.code).toBe('emailTaken')
    expect(await counts()).toEqual(before)
  })

  it('leaves no organisation behind when two registrations race for one email', async () => {
    const before = await counts()
    const email = 'race@shaxian.example.cn'
    const results = await Promise.all([register({ ...unit('5a'), email }), register({ ...unit('5b'), email })])
    const statuses = results.map((res) => res.status).sort()
    // The loser is refused as a duplicate, or (SQLite) cannot open its transaction while the winner holds the lock.
    expect(statuses[0]).toBe(201)
    expect([409, 500]).toContain(statuses[1])
    const after = await counts()
    expect(after).toEqual({ organizations: before.organizations + 1, users: before.users + 1 })
  })

  it('lets one address register five units an hour, then asks it to wait', async () => {
    for (const n of ['6a', '6b', '6c', '6d', '6e']) expect((await register(unit(n), '10.9.9.9')).status).toBe(201)
    const sixth = await register(unit('6f'), '10.9.9.9')
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(3000)
    expect(sixth.data.errors[0].data.errors[0].message).toBe('注册过于频繁，请一小时后再试。')
    expect((await register(unit('6f'), '10.9.9.10')).status).toBe(201)
  })
})

describe('a registered unit submits once approved', () => {
  it('keeps its first case from being submitted until an editor approves the unit', async () => {
    const res = await register(unit('7'))
    const token = await loginAs(rest, 'unit7@shaxian.example.cn', PASSWORD)
    const created = await rest.post('/case-submissions', { token, json: caseBody })
    expect(created.status).toBe(201)
    const id = created.data.doc.id

    const pending = await rest.post(`/case-submissions/${id}/transition`, { token, json: { to: 'submitted' } })
    expect(pending.status).toBe(400)
    expect(pending.data.errors[0].data.code).toBe('unitNotApproved')
    expect(pending.data.errors[0].data.errors[0].message).toBe('单位注册尚待审核，审核通过后即可提交案例')

    // The unit cannot approve itself; an editor can.
    const organizationId = res.data.organization.id
    const selfApproval = await rest.patch(`/organizations/${organizationId}`, {
      token,
      json: { approval: 'approved' },
    })
    expect(selfApproval.status).toBe(403)
    const approval = await rest.patch(`/organizations/${organizationId}`, {
      token: tokens.editor,
      json: { approval: 'approved' },
    })
    expect(approval.status).toBe(200)

    const submitted = await rest.post(`/case-submissions/${id}/transition`, { token, json: { to: 'submitted' } })
    expect(submitted.status).toBe(200)
    expect(submitted.data.doc.status).toBe('submitted')
  })

  it('treats units made by staff as approved', async () => {
    const made = await rest.post('/organizations', {
      token: tokens.editor,
      json: { name: '永安市农业农村局', kind: 'government-department' },
    })
    expect(made.status).toBe(201)
    expect(made.data.doc.approval).toBe('approved')
  })
})
