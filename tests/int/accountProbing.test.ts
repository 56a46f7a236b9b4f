import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
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

describe("Payload's own auth routes answer in the house shape", () => {
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    rest.post('/users/login', { json: { email, password }, headers: { 'X-Real-IP': freshAddress(), ...headers } })
  const refusal = (res: { status: number; data: any }) => ({
    status: res.status,
    message: res.data.errors[0].message,
    code: res.data.errors[0].data?.code,
    text: res.data.errors[0].data?.errors?.[0]?.message,
  })
  const lock = (until: Date | null) =>
    app.payload.db.updateOne({
      collection: 'users',
      id: cast.users.reviewer.id,
      data: { loginAttempts: until ? 50 : 0, lockUntil: until?.toISOString() ?? null },
    })

  it('refuses a wrong password, an unknown email and a locked account with one answer', async () => {
    const wrong = refusal(await login('reviewer@test.local', 'Wrong-Password-2026'))
    expect(wrong).toEqual({
      status: 401,
      message: 'Email or password incorrect',
      code: 'loginFailed',
      text: expect.stringMatching(/电子邮箱或密码不正确/),
    })
    expect(refusal(await login('nobody@test.local', 'Wrong-Password-2026'))).toEqual(wrong)
    await lock(new Date(Date.now() + 600_000))
    try {
      expect(refusal(await login('reviewer@test.local', 'Wrong-Password-2026'))).toEqual(wrong)
      // Even the right password: a locked account must not be told apart from a wrong guess
      expect(refusal(await login('reviewer@test.local', TEST_PASSWORD))).toEqual(wrong)
    } finally {
      await lock(null)
    }
  })

  it('takes as long for a locked account as for a wrong password', async () => {
    const timed = async (email: string) => {
      const started = performance.now()
      expect((await login(email, 'Wrong-Password-2026')).status).toBe(401)
      return performance.now() - started
    }
    const known: number[] = []
    const locked: number[] = []
    for (let i = 0; i < 4; i++) {
      await lock(null)
      known.push(await timed('reviewer@test.local'))
      await lock(new Date(Date.now() + 600_000))
      locked.push(await timed('reviewer@test.local'))
    }
    await lock(null)
    const ratio = median(locked) / median(known)
    expect(ratio, `locked ${median(locked).toFixed(0)} ms, wrong ${median(known).toFixed(0)} ms`).toBeGreaterThan(0.6)
  })

  it('says it in Chinese as the notice of the admin', async () => {
    const res = await login('nobody@test.local', 'Wrong-Password-2026', { Cookie: 'payload-lng=zh' })
    expect(res.status).toBe(401)
    expect(res.data.errors[0].message).toMatch(/电子邮箱或密码不正确/)
    expect(res.data.errors[0].data.code).toBe('loginFailed')
  })

  it('refuses a login without a password', async () => {
    expect(refusal(await login('reviewer@test.local', ''))).toEqual({
      status: 400,
      message: 'Email and password are required',
      code: 'loginFieldsMissing',
      text: '请填写电子邮箱和密码。',
    })
  })

  it('refuses a forgot-password request without an email', async () => {
    const res = await rest.post('/users/forgot-password', { json: {}, headers: { 'X-Real-IP': freshAddress() } })
    expect(refusal(res)).toEqual({
      status: 400,
      message: 'Email is required',
      code: 'emailRequired',
      text: '请填写电子邮箱。',
    })
  })

  describe('reset-password', () => {
    const reset = (json: unknown) => rest.post('/users/reset-password', { json })
    const freshToken = async () =>
      (await app.payload.forgotPassword({
        collection: 'users',
        data: { email: 'submitter@test.local' },
        disableEmail: true,
      })) as string

    it('refuses an unknown or expired link', async () => {
      const unknown = refusal(await reset({ token: 'f'.repeat(40), password: 'New-Password-2026' }))
      expect(unknown).toEqual({
        status: 403,
        message: 'Reset link invalid or expired',
        code: 'resetTokenInvalid',
        text: expect.stringMatching(/链接无效或已过期/),
      })
      const token = await freshToken()
      await app.payload.db.updateOne({
        collection: 'users',
        id: cast.users.submitter.id,
        data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
      })
      expect(refusal(await reset({ token, password: 'New-Password-2026' }))).toEqual(unknown)
    })

    it('refuses a request without a token or a password', async () => {
      const res = await reset({ password: 'New-Password-2026' })
      expect(refusal(res)).toMatchObject({
        status: 400,
        code: 'badRequest',
        text: expect.stringMatching(/[\u4e00-\u9fff]/),
      })
    })

    it('refuses a weak new password and keeps the old one and the link', async () => {
      const token = await freshToken()
      expect(refusal(await reset({ token, password: 'abc' }))).toEqual({
        status: 400,
        message: 'Password must be 10 to 128 characters',
        code: 'passwordTooShort',
        text: '密码至少 10 个字符（不超过 128 个）。',
      })
      expect((await login('submitter@test.local', TEST_PASSWORD)).status).toBe(200)
      expect((await reset({ token, password: 'New-Password-2026' })).status).toBe(200)
      expect((await login('submitter@test.local', 'New-Password-2026')).status).toBe(200)
    })
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

describe('forgot-password under a crowd', () => {
  it('answers every request of more at once than the database has connections', async () => {
    // Each request holds a transaction while its reservation is written outside it: on PostgreSQL, ten at once
    // once took all ten of the pool's connections and waited for an eleventh for ever
    const emails = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'reviewer@test.local' : `crowd${i}@test.local`))
    const answered = Promise.all(
      emails.map(async (email) => {
        const res = await rest.post('/users/forgot-password', {
          json: { email },
          headers: { 'X-Real-IP': freshAddress() },
        })
        return res.status
      }),
    )
    const stuck = new Promise<'stuck'>((resolve) => setTimeout(resolve, 30_000, 'stuck'))
    expect(await Promise.race([answered, stuck])).toEqual(emails.map(() => 200))
  }, 40_000)
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
