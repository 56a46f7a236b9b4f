import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readHotLists } from '@/data/hotList'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { logInUnit } from '@/portal/logInUnit'
import { flushViews } from '@/views/viewCounter'

import { publishables } from '../helpers/editorialFixtures'
import { fileObjection } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { takeLimitElsewhere } from '../helpers/takeLimitElsewhere'

/**
 * Per-client limits on the public writes and on login, as hostile clients meet them: one connecting directly that
 * forges a new X-Real-IP / X-Forwarded-For on every request, one whose addresses rotate inside one network (as the
 * trusted front reports them), and a second server process on the same data.
 */
let app: TestApp
let rest: RestClient
let cast: Cast
let fixtures: Awaited<ReturnType<typeof publishables>>

// Not in TRUSTED_PROXIES: its forwarding headers are its own words
const DIRECT_CLIENT = '198.51.100.66'
let forged = 0
const forgedHeaders = () => ({ 'X-Real-IP': `10.66.${forged % 250}.${forged++ % 200}`, 'X-Forwarded-For': '1.2.3.4' })
/** From the hostile client directly, claiming a new address every time. */
const direct = {
  socket: DIRECT_CLIENT,
  get headers() {
    return forgedHeaders()
  },
}
/** Through the nginx front on this machine, which names the client in X-Real-IP. */
const via = (address: string) => ({ headers: { 'X-Real-IP': address } })

beforeAll(async () => {
  ;({ app, rest, cast } = await startWithCast())
  fixtures = await publishables(app.payload, cast)
}, 180_000)
afterAll(() => app?.close())

const expectTooMany = (response: { status: number; headers: Headers; data: any }, code: string) => {
  expect(response.status).toBe(429)
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(response.data.errors[0].data.code).toBe(code)
  expect(response.data.errors[0].data.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
}

describe('unit registration', () => {
  let n = 0
  const unit = () => ({
    name: `限流测试单位${++n}`,
    kind: 'government-department',
    region: '350481',
    contactPerson: '张敏',
    phone: '0598-5800000',
    email: `limit${n}@shaxian.example.cn`,
    password: 'Unit-Password-2026',
  })
  const register = (from: { socket?: string; headers: Record<string, string> }) =>
    rest.post('/organizations/register', { json: unit(), ...from })

  it('lets a client forging its address register five units an hour, not one per forged address', async () => {
    for (let i = 0; i < 5; i++) expect((await register(direct)).status).toBe(201)
    expectTooMany(await register(direct), 'registrationRateLimited')
  })

  it('gives a whole /24 a larger allowance, so rotating addresses inside it does not multiply it', async () => {
    for (let host = 1; host <= 20; host++) expect((await register(via(`203.0.113.${host}`))).status).toBe(201)
    expectTooMany(await register(via('203.0.113.21')), 'registrationRateLimited')
    expect((await register(via('203.0.114.1'))).status).toBe(201)
  }, 120_000)

  it('spends the allowance on probes of taken emails, so a client learns at most five an hour', async () => {
    const taken = { ...unit(), email: cast.users.submitter.email }
    const probe = () =>
      rest.post('/organizations/register', { json: { ...taken, name: unit().name }, ...via('192.0.2.91') })
    for (let i = 0; i < 5; i++) expect((await probe()).data.errors[0].data.code).toBe('emailTaken')
    expectTooMany(await probe(), 'registrationRateLimited')
  })

  it('counts registrations made through another server process on the same database', async () => {
    expect((await takeLimitElsewhere('registration', '192.0.2.77', 5)).every((verdict) => verdict.ok)).toBe(true)
    expectTooMany(await register(via('192.0.2.77')), 'registrationRateLimited')
  })
})

describe('objections', () => {
  const objection = { name: '张三', contact: 'zhangsan@example.cn', reason: '该案例中的带动户数与实际不符。' }
  let caseId: number
  beforeAll(async () => {
    const campaign = await app.payload.create({ collection: 'campaigns', data: { name: '限流活动', year: 2021 } })
    const doc = await app.payload.create({
      collection: 'case-submissions',
      data: {
        campaign: campaign.id,
        title: '茶园认购带动增收',
        type: '创新模式',
        region: fixtures.region.id,
        organization: cast.units.a.id,
        summary: '下党乡推行茶园认购，订单农业带动农户增收。',
        body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
        photos: [fixtures.image.id],
        status: 'proposed',
        publicityEndsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        assignedReviewers: [cast.users.reviewer.id],
      },
      context: { caseTransition: true },
    })
    caseId = doc.id
  })
  const file = (from: { socket?: string; headers: Record<string, string> }) =>
    fileObjection(rest, caseId, objection, from)

  it('takes five a day from a client forging its address', async () => {
    for (let i = 0; i < 5; i++) expect((await file(direct)).status).toBe(201)
    expectTooMany(await file(direct), 'tooManyObjections')
  })

  it('takes at most twenty a day from one /24', async () => {
    for (let host = 1; host <= 20; host++) expect((await file(via(`203.0.113.${host}`))).status).toBe(201)
    expectTooMany(await file(via('203.0.113.99')), 'tooManyObjections')
    expect((await file(via('203.0.114.99'))).status).toBe(201)
  })

  it('counts objections filed through another server process on the same database', async () => {
    expect((await takeLimitElsewhere('objection', '192.0.2.78', 5)).every((verdict) => verdict.ok)).toBe(true)
    expectTooMany(await file(via('192.0.2.78')), 'tooManyObjections')
  })
})

describe('login', () => {
  const login = (email: string, password: string, from: { socket?: string; headers: Record<string, string> }) =>
    rest.post('/users/login', { json: { email, password }, ...from })

  it('slows a client guessing an editor’s password, while the editor still signs in from elsewhere', async () => {
    for (let i = 0; i < 5; i++) expect((await login('editor@test.local', 'wrong-password', direct)).status).toBe(401)
    expectTooMany(await login('editor@test.local', TEST_PASSWORD, direct), 'tooManyLogins')
    expect((await login('editor@test.local', TEST_PASSWORD, via('192.0.2.10'))).status).toBe(200)
  })

  it('gives a whole /24 twenty guesses at one account, and the account stays open to its owner', async () => {
    for (let host = 1; host <= 4; host++) {
      for (let i = 0; i < 5; i++) {
        expect((await login('reviewer@test.local', 'wrong-password', via(`203.0.113.${host}`))).status).toBe(401)
      }
    }
    expectTooMany(await login('reviewer@test.local', TEST_PASSWORD, via('203.0.113.5')), 'tooManyLogins')
    expect((await login('reviewer@test.local', TEST_PASSWORD, via('198.18.0.1'))).status).toBe(200)
  }, 60_000)

  it('does not count successful logins, so one office address can sign in all day', async () => {
    for (let i = 0; i < 8; i++)
      expect((await login('admin@test.local', TEST_PASSWORD, via('192.0.2.20'))).status).toBe(200)
  })

  it('holds at the portal too, which logs units in through the Local API', async () => {
    const guess = (password: string, address: string) =>
      logInUnit(app.payload, 'submitter@test.local', password, address)
    const wrong = await guess('wrong-password', '192.0.2.30')
    expect(wrong).toEqual({ ok: false, message: expect.stringMatching(/电子邮箱或密码不正确/) })
    // An unknown email is told exactly what a wrong password is
    expect(await logInUnit(app.payload, 'nobody@test.local', 'wrong-password', '192.0.2.31')).toEqual(wrong)
    for (let i = 0; i < 4; i++) expect(await guess('wrong-password', '192.0.2.30')).toEqual(wrong)
    expect(await guess(TEST_PASSWORD, '192.0.2.30')).toEqual({ ok: false, message: '登录尝试过于频繁，请稍后再试' })
    expect(await guess(TEST_PASSWORD, '192.0.2.32')).toMatchObject({ ok: true, token: expect.any(String) })
  }, 60_000)

  it('counts guesses made through another server process on the same database', async () => {
    const verdicts = await takeLimitElsewhere('loginPerAccount', '192.0.2.79', 5, 'submitter@test.local')
    expect(verdicts.every((verdict) => verdict.ok)).toBe(true)
    expectTooMany(await login('submitter@test.local', TEST_PASSWORD, via('192.0.2.79')), 'tooManyLogins')
  })

  it('still locks an account that fifty networks guess at, for ten minutes', async () => {
    for (let i = 1; i <= 50; i++) {
      expect((await login('submitter2@test.local', 'wrong-password', via(`10.${i}.0.1`))).status).toBe(401)
    }
    // The right password is refused, with the answer of a wrong one: the lock tells no one the account exists
    const locked = await login('submitter2@test.local', TEST_PASSWORD, via('198.18.1.1'))
    expect(locked.status).toBe(401)
    expect(locked.data.errors[0].data.code).toBe('loginFailed')
    expect(locked.data.errors[0].data.errors[0].message).toMatch(/锁定/)
  }, 120_000)
})

describe('the hot list', () => {
  const ids = { leader: 0, pushed: 0, other: 0 }
  const beacon = (id: number, from: { socket?: string; headers: Record<string, string> }) =>
    rest.post('/page-views/beacon', { json: { collection: 'articles', id }, ...from })
  const ranking = async () =>
    (await readHotLists(app.payload)).threeDays.map((entry) => `${entry.title} ${entry.views}`)

  beforeAll(async () => {
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const doc = await app.payload.create({
        collection: 'articles',
        data: { ...fixtures.completeArticle(`限流稿件${key}`), _status: 'published' },
        context: { disableRevalidate: true },
      })
      ids[key] = doc.id
    }
    // Thirty readers on thirty networks
    for (let i = 1; i <= 30; i++) expect((await beacon(ids.leader, via(`172.16.${i}.1`))).status).toBe(204)
    await flushViews()
    expect(await ranking()).toEqual(['限流稿件leader 30'])
  })

  it('is not moved by 1,000 beacons from a client forging a new address each time', async () => {
    for (let i = 0; i < 1000; i++) expect([204, 429]).toContain((await beacon(ids.pushed, direct)).status)
    await flushViews()
    expect(await ranking()).toEqual(['限流稿件leader 30', '限流稿件pushed 1'])
  }, 120_000)

  it('is not moved by 1,000 beacons from addresses rotating inside one IPv6 /64', async () => {
    for (let i = 0; i < 1000; i++) {
      expect([204, 429]).toContain((await beacon(ids.pushed, via(`2001:db8:5:6::${(i + 1).toString(16)}`))).status)
    }
    await flushViews()
    const [first, second] = await ranking()
    expect(first).toBe('限流稿件leader 30')
    // At most the network's allowance for one article a day: twenty readers
    expect(Number(second.split(' ')[1])).toBeLessThanOrEqual(21)
  }, 120_000)

  it('refuses a reader past an hour’s reading with 429 and the seconds until the hour frees', async () => {
    const reader = via('192.0.2.81')
    for (let i = 0; i < 60; i++) expect((await beacon(ids.other, reader)).status).toBe(204)
    const refused = await beacon(ids.other, reader)
    expectTooMany(refused, 'tooManyViews')
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600)
  })

  it('counts a reader once a day per article across server processes', async () => {
    // Only this test's views: the reader above was counted once and its view still waits in the buffer
    await flushViews()
    const verdicts = await takeLimitElsewhere('viewOncePerArticle', '192.0.2.80', 1, `articles|${ids.other}`)
    expect(verdicts).toEqual([{ ok: true }])
    expect((await beacon(ids.other, via('192.0.2.80'))).status).toBe(204)
    expect((await flushViews()).views).toBe(0)
  })

  it('counts every reader behind one network however often one of them reloads the article', async () => {
    // Read from the stored totals: the buffer's own timer may write some of these views before the last flush
    const viewsOfOther = async () => {
      await flushViews()
      const entry = (await ranking()).find((line) => line.startsWith('限流稿件other '))
      return Number(entry?.split(' ')[1] ?? 0)
    }
    const before = await viewsOfOther()
    const reloading = via('198.18.7.1')
    for (let i = 0; i < 30; i++) expect((await beacon(ids.other, reloading)).status).toBe(204)
    // The network's allowance is twenty readers of the article a day: the reloads took none of it
    for (let host = 2; host <= 20; host++) expect((await beacon(ids.other, via(`198.18.7.${host}`))).status).toBe(204)
    expect((await viewsOfOther()) - before).toBe(20)
  })
})
