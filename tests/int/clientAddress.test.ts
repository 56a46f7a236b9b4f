import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseInStatus } from '../helpers/caseInStatus'
import { publishables } from '../helpers/editorialFixtures'
import { castVote, fileObjection } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { isMongo, isPostgres } from '../helpers/testDatabase'

let app: TestApp
let rest: RestClient
let cast: Cast
let fixtures: Awaited<ReturnType<typeof publishables>>
let campaignId: number

const DAY = 24 * 60 * 60 * 1000
/** A client that reaches the app directly, not through a trusted proxy (TRUSTED_PROXIES is 127.0.0.1,::1). */
const DIRECT_CLIENT = '203.0.113.50'
/** The nginx front on this machine, forwarding readers. */
const FRONT = '127.0.0.1'

/** Headers naming a different client on every call: what a client rotating forged headers sends. */
const forged = (n: number) => ({ 'X-Real-IP': `198.51.100.${n}`, 'X-Forwarded-For': `192.0.2.${n}` })

beforeAll(async () => {
  ;({ app, rest, cast } = await startWithCast())
  fixtures = await publishables(app.payload, cast)
  campaignId = (
    await app.payload.create({
      collection: 'campaigns',
      data: {
        name: '地址测试活动',
        year: 2020,
        caseCall: {
          expertWeight: 70,
          voteWeight: 30,
          votingOpens: new Date(Date.now() - DAY).toISOString(),
          votingCloses: new Date(Date.now() + DAY).toISOString(),
        },
      },
    })
  ).id
})
afterAll(() => app?.close())

const caseIn = async (status: string, extra: Record<string, unknown> = {}) =>
  (await caseInStatus(app.payload, { campaign: campaignId, fixtures, organization: cast.units.a.id, status, extra })).id

const voteRows = async (id: number | string) =>
  (await app.payload.count({ collection: 'case-votes', where: { case: { equals: id } } })).totalDocs

/** Votes six times with one voter cookie (the one the first answer set), each time naming another client. */
const sixVotes = async (id: number | string, socket: string) => {
  const statuses: number[] = []
  let cookie: string | undefined
  for (let n = 1; n <= 6; n++) {
    const res = await castVote(rest, id, {
      socket,
      headers: { ...forged(n), ...(cookie ? { cookie } : {}) },
    })
    cookie ??= res.headers.get('set-cookie')?.split(';')[0]
    statuses.push(res.status)
  }
  return statuses
}

describe('client addresses come from forwarding headers only through a trusted proxy', () => {
  it('a direct client rotating X-Real-IP and X-Forwarded-For still votes once per case and day', async () => {
    const id = await caseIn('shortlisted')
    expect(await sixVotes(id, DIRECT_CLIENT)).toEqual([200, 429, 429, 429, 429, 429])
    expect(await voteRows(id)).toBe(1)
  })

  it('readers the front forwards are told apart by the address it names', async () => {
    const id = await caseIn('shortlisted')
    expect(await sixVotes(id, FRONT)).toEqual([200, 200, 200, 200, 200, 200])
    expect(await voteRows(id)).toBe(6)
  })

  it('a direct client rotating headers files at most five objections a day', async () => {
    const id = await caseIn('proposed', { publicityEndsAt: new Date(Date.now() + 7 * DAY).toISOString() })
    const objection = { name: '张三', contact: 'zhangsan@example.cn', reason: '该案例中的带动户数与实际不符。' }
    const file = (n: number, socket: string) => fileObjection(rest, id, objection, { socket, headers: forged(n) })
    const direct: number[] = []
    for (let n = 1; n <= 6; n++) direct.push((await file(n, DIRECT_CLIENT)).status)
    expect(direct).toEqual([201, 201, 201, 201, 201, 429])
    // Six readers behind the front each file one
    const forwarded: number[] = []
    for (let n = 11; n <= 16; n++) forwarded.push((await file(n, FRONT)).status)
    expect(forwarded).toEqual([201, 201, 201, 201, 201, 201])
  })

  it('a direct client rotating headers registers at most five units an hour', async () => {
    const unit = (n: number) => ({
      name: `地址测试单位${n}`,
      kind: 'government-department',
      region: '350481',
      contactPerson: '张敏',
      phone: '0598-5800000',
      email: `address-unit${n}@example.cn`,
      password: 'Unit-Password-2026',
    })
    const register = (n: number, socket: string) =>
      rest.post('/organizations/register', { json: unit(n), socket, headers: forged(n) })
    const direct: number[] = []
    for (let n = 1; n <= 6; n++) direct.push((await register(n, '203.0.113.51')).status)
    expect(direct).toEqual([201, 201, 201, 201, 201, 429])
    const forwarded: number[] = []
    for (let n = 21; n <= 26; n++) forwarded.push((await register(n, FRONT)).status)
    expect(forwarded).toEqual([201, 201, 201, 201, 201, 201])
  })
})

/** SQL that makes the database refuse every new vote with an I/O-like error, and SQL that undoes it, per engine. */
const VOTE_REFUSAL = isPostgres()
  ? {
      on: [
        `CREATE FUNCTION refuse_votes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$ LANGUAGE plpgsql`,
        'CREATE TRIGGER refuse_votes BEFORE INSERT ON case_votes FOR EACH ROW EXECUTE FUNCTION refuse_votes()',
      ],
      off: ['DROP TRIGGER refuse_votes ON case_votes', 'DROP FUNCTION refuse_votes()'],
    }
  : {
      on: [`CREATE TRIGGER refuse_votes BEFORE INSERT ON case_votes BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`],
      off: ['DROP TRIGGER refuse_votes'],
    }

const runSql = async (statements: string[]) => {
  const db = app.payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  for (const raw of statements) await db.execute({ drizzle: db.drizzle, raw })
}

/** A failure the server makes, on demand, by a trigger on the SQL database: no vote can be written. */
describe.skipIf(isMongo())('a vote the database cannot take', () => {
  it('answers 503 with a clear message, not "already voted"', async () => {
    const id = await caseIn('shortlisted')
    await runSql(VOTE_REFUSAL.on)
    try {
      const res = await castVote(rest, id, { socket: DIRECT_CLIENT })
      expect(res.status).toBe(503)
      expect(res.data.errors[0].message).toBe('The vote could not be recorded; please try again')
      expect(res.data.errors[0].data).toMatchObject({ code: 'voteNotRecorded' })
      expect(res.data.errors[0].data.errors[0].message).toMatch(/投票未计入/)
    } finally {
      await runSql(VOTE_REFUSAL.off)
    }
    expect((await castVote(rest, id, { socket: DIRECT_CLIENT })).status).toBe(200)
  })
})
