import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { beforeBurst, checkBurst } from '../helpers/checkBurst'
import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import { localReadBack } from '../helpers/localReadBack'
import type { ReadBack } from '../helpers/readBack'
import { TEST_PASSWORD } from '../helpers/seedUsers'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { unnamedMediaFiles } from '../helpers/unnamedMediaFiles'
import { planBurst, runBurst, type BurstStage } from '../helpers/writeBurst'

/**
 * Many people writing at the same moment, through the real route handlers: each round sends 56 writers at once
 * (registrations, uploads, case drafts, transitions, votes, objections, password resets) and reads every answer back
 * from the database. Ten rounds, because a race that loses a write does not lose one every time.
 */
const ROUNDS = Array.from({ length: 10 }, (_, i) => i + 1)
const DAY = 24 * 60 * 60 * 1000
const context = { disableRevalidate: true }

let inbox: SmtpInbox
let app: TestApp
let readBack: ReadBack
let stage: Omit<BurstStage, 'drafts' | 'resetAccounts'>

beforeAll(async () => {
  inbox = await startSmtpInbox()
  // Payload reads the mail settings when it loads its config, which startWithCast does only now.
  process.env.SMTP_HOST = inbox.host
  process.env.SMTP_PORT = String(inbox.port)
  const started = await startWithCast()
  app = started.app
  readBack = localReadBack(app.payload, app.mediaDir)
  const { cast, tokens } = started
  const { region, image } = await publishables(app.payload, cast)
  const caseCall = await openCaseCallCampaign(app.payload, context)
  const vote = await app.payload.create({
    collection: 'campaigns',
    data: {
      name: '投票中的活动',
      year: 2020,
      caseCall: {
        expertWeight: 70,
        voteWeight: 30,
        votingOpens: new Date(Date.now() - DAY).toISOString(),
        votingCloses: new Date(Date.now() + DAY).toISOString(),
      },
    },
    context,
  })
  const caseIn = async (campaign: number, status: string, extra: Record<string, unknown> = {}) =>
    (
      await app.payload.create({
        collection: 'case-submissions',
        data: {
          campaign,
          title: `${status} ${randomBytes(3).toString('hex')}`,
          type: '创新模式',
          organization: cast.units.b.id,
          status: status as never,
          ...extra,
        },
        context: { ...context, caseTransition: true },
      })
    ).id
  stage = {
    rest: started.rest,
    tokens: { editor: tokens.editor, submitter: tokens.submitter },
    regionCode: region.code,
    caseBody: {
      campaign: caseCall.id,
      type: '创新模式',
      region: region.id,
      summary: '下党乡推行茶园认购，订单农业带动农户增收。',
      body: lexicalParagraphs(['下党乡把茶园交给城里人认购，合作社统一管护、统一加工。']),
      photos: [image.id],
      contactPerson: '吴建平',
      phone: '0593-5500000',
      email: 'xiadang@example.cn',
    },
    voteCases: [
      await caseIn(vote.id, 'shortlisted'),
      await caseIn(vote.id, 'shortlisted'),
      await caseIn(vote.id, 'shortlisted'),
    ],
    publicityCase: await caseIn(vote.id, 'proposed', {
      publicityEndsAt: new Date(Date.now() + 7 * DAY).toISOString(),
    }),
    inbox,
  }
})
afterAll(async () => {
  await app?.close()
  await inbox?.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
})

/** This round's own drafts to submit and accounts to reset: each can be written only once. */
const stageRound = async (tag: string): Promise<BurstStage> => {
  const drafts = []
  for (let n = 0; n < 6; n++) {
    const res = await stage.rest.post('/case-submissions', {
      token: stage.tokens.submitter,
      json: { ...stage.caseBody, title: `待提交 ${tag}-${n}` },
    })
    if (res.status !== 201) throw new Error(`draft not created: ${res.status}`)
    drafts.push(res.data.doc.id)
  }
  const resetAccounts = []
  for (let n = 0; n < 3; n++) {
    const email = `${tag}-reset${n}@test.local`
    await app.payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, roles: ['reviewer'] },
      context,
    })
    resetAccounts.push({ email, password: TEST_PASSWORD })
  }
  return { ...stage, drafts, resetAccounts }
}

describe('writers at the same moment', () => {
  it.each(ROUNDS)(
    'round %i: no answer is 5xx, every 2xx is stored whole, every refusal says why',
    async (round) => {
      const tag = `r${round}${randomBytes(2).toString('hex')}`
      const roundStage = await stageRound(tag)
      const plans = await planBurst(roundStage, round, tag)
      const before = await beforeBurst(roundStage, readBack)
      const written = await runBurst(roundStage, plans)
      const { problems, tally } = await checkBurst(roundStage, written, readBack, before)
      const unnamedFiles = await unnamedMediaFiles(readBack)
      expect({ problems, unnamedFiles }, tally).toEqual({ problems: [], unnamedFiles: [] })
    },
    180_000,
  )
})
