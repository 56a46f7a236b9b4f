import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let cast: Cast
let nextAddress = 1

beforeAll(async () => {
  ;({ app, rest, cast } = await startWithCast())
  await app.payload.create({
    collection: 'regions',
    data: { code: '350481', name: '永安市', level: 'county' },
    context: { disableRevalidate: true },
  })
})
afterAll(() => app?.close())

/** Every request from an address (and network) of its own, so no per-client brake bites where a test measures. */
const freshAddress = () => `10.${nextAddress++}.0.1`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login tells a wrong password from an unknown email by nothing', () => {
  const tryLogin = async (email: string) => {
    const started = performance.now()
    const res = await rest.post('/users/login', {
      json: { email, password: 'Wrong-Password-2026' },
      headers: { 'X-Real-IP': freshAddress() },
    })
    return { ms: performance.now() - started, status: res.status, errors: res.data?.errors }
  }

  it('answers the same message in about the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 20; i++) {
      const wrong = await tryLogin('editor@test.local')
      const nobody = await tryLogin(`nobody${i}@test.local`)
      expect(nobody.status).toBe(wrong.status)
      expect(nobody.errors).toEqual(wrong.errors)
      known.push(wrong.ms)
      unknown.push(nobody.ms)
      // Only the timing is measured here: the lockout after five failures is a separate rule.
      await app.payload.db.updateOne({
        collection: 'users',
        id: cast.users.editor.id,
        data: { loginAttempts: 0, lockUntil: null },
      })
    }
    const ratio = median(unknown) / median(known)
    expect(
      ratio,
      `unknown ${median(unknown).toFixed(0)} ms, wrong password ${median(known).toFixed(0)} ms`,
    ).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  })
})

describe('forgot-password tells a known email from an unknown one by nothing', () => {
  it('answers the same status and body', async () => {
    const answers = []
    for (const email of ['reviewer@test.local', 'nobody@test.local', 'REVIEWER@test.local', 'nobody@test.local']) {
      const res = await rest.post('/users/forgot-password', {
        json: { email },
        headers: { 'X-Real-IP': freshAddress() },
      })
      answers.push({ status: res.status, data: res.data })
    }
    expect(answers[0].status).toBe(200)
    for (const answer of answers) expect(answer).toEqual(answers[0])
  })
})

describe('a lookalike of a registered unit or email', () => {
  const register = (name: string, email: string) =>
    rest.post('/organizations/register', {
      json: {
        name,
        kind: 'government-department',
        region: '350481',
        contactPerson: '张敏',
        phone: '0598-5800000',
        email,
        password: 'Unit-Password-2026',
      },
      headers: { 'X-Real-IP': freshAddress() },
    })

  it.each([
    ['a zero-width space', '测试\u200b单位甲'],
    ['a soft hyphen', '测试\u00ad单位甲'],
    ['fullwidth letters of a name made in the admin', 'ＸＹ测试单位'],
  ])('with %s is refused as the name already registered', async (_case, name) => {
    await app.payload
      .create({
        collection: 'organizations',
        data: { name: 'XY测试单位', kind: 'local-government' },
        context: { disableRevalidate: true },
      })
      .catch(() => undefined)
    const res = await register(name, `fresh${nextAddress}@example.cn`)
    expect(res.status).toBe(409)
    expect(res.data.errors[0].data.code).toBe('organizationNameTaken')
  })

  it('is stored as typed, without invisible characters, and its lookalike is refused in the admin too', async () => {
    const made = await app.payload.create({
      collection: 'organizations',
      data: { name: '  ＡＢ\u200b测试单位丙（试点） ', kind: 'local-government' },
      context: { disableRevalidate: true },
    })
    // Chinese names are written with fullwidth brackets: they stay as the unit typed them
    expect(made.name).toBe('ＡＢ测试单位丙（试点）')
    await expect(
      app.payload.create({
        collection: 'organizations',
        data: { name: 'ab测试单位丙(试点)', kind: 'local-government' },
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow()
    const sameKey = await app.payload.count({ collection: 'organizations', where: { name: { like: '测试单位丙' } } })
    expect(sameKey.totalDocs).toBe(1)
  })

  it('with a bidi override (U+202E) is refused as unreadable, and nothing is written', async () => {
    const before = (await app.payload.count({ collection: 'organizations' })).totalDocs
    const res = await register('测试单位\u202e甲乙', 'bidi@example.cn')
    expect(res.status).toBe(400)
    expect(res.data.errors[0].data.code).toBe('registrationInvalid')
    expect(res.data.errors[0].data.errors[0]).toMatchObject({ field: 'name' })
    expect((await app.payload.count({ collection: 'organizations' })).totalDocs).toBe(before)
  })

  it('with fullwidth letters of a registered email is that email, already registered', async () => {
    const res = await register('测试单位丁', 'ＳＵＢＭＩＴＴＥＲ@test.local')
    expect(res.status).toBe(409)
    expect(res.data.errors[0].data.code).toBe('emailTaken')
  })

  it('with a letter accounts cannot hold is an invalid email, not "already registered"', async () => {
    const res = await register('测试单位戊', 'sübmitter@test.local')
    expect(res.status).toBe(400)
    expect(res.data.errors[0].data.code).toBe('registrationInvalid')
    expect(res.data.errors[0].data.errors).toEqual([{ field: 'email', message: '请填写有效的电子邮箱' }])
  })
})
