import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { beforeBurst, checkBurst } from '../helpers/checkBurst'
import { copyPostgresDatabase } from '../helpers/copyPostgresDatabase'
import { copySqliteDatabase } from '../helpers/copySqliteDatabase'
import { pngImage, uploadForm } from '../helpers/files'
import { freePort } from '../helpers/freePort'
import { httpClient } from '../helpers/httpClient'
import { startProductionServer, type ProductionServer } from '../helpers/productionServer'
import type { RestClient } from '../helpers/rest'
import { restReadBack } from '../helpers/restReadBack'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox'
import { dropPostgresDatabase, isMongo } from '../helpers/testDatabase'
import { sqliteIntegrity } from '../helpers/sqliteIntegrity'
import { unnamedMediaFiles } from '../helpers/unnamedMediaFiles'
import { planBurst, runBurst, type BurstStage, type Id } from '../helpers/writeBurst'

import { E2E_DIST_DIR, E2E_PASSWORD } from './context'

/**
 * The production server killed with SIGKILL in the middle of a burst of writers, then started again on the same
 * database: every write it had acknowledged must be there exactly once, media/ must hold no file without its document,
 * and on SQLite the file must pass SQLite's integrity check (PostgreSQL keeps its own files, and it is not the process
 * killed). Five rounds, each killing at a different point. The database is a consistent copy of the demo the e2e setup
 * seeded (on the same engine), served by the same production build.
 */
const KILL_AFTER = [0.15, 0.3, 0.45, 0.6, 0.75]
/**
 * An upload killed between writing its files and committing its document leaves files no document names; the
 * server may take a while after its start to remove them, but not longer than this.
 */
const UNNAMED_FILES_GONE_MS = 120_000
const DAY = 24 * 60 * 60 * 1000

const dir = path.join(os.tmpdir(), `newsroom-crash-${randomBytes(4).toString('hex')}`)
const onPostgres = inject('databaseUri').startsWith('postgres')
const databaseFile = path.join(dir, 'crash.db')
/** On PostgreSQL, a database beside the e2e setup's, named after it. */
const postgresCopy = () => {
  const url = new URL(inject('databaseUri'))
  url.pathname += '_crash'
  return url.toString()
}
const databaseUri = onPostgres ? postgresCopy() : `file:${databaseFile}`
const mediaDir = path.join(dir, 'media')
// One log per build folder, as the e2e setup keeps its own, so two runs side by side do not write over each other's
const log = path.resolve(`test-results/${E2E_DIST_DIR.replace(/^\./, '')}-crash-server.log`)
// One secret for every start, so logins made before a crash stay valid after it
const secret = randomBytes(32).toString('hex')

let inbox: SmtpInbox
let port: number
let server: ProductionServer | undefined
let startedAt = 0
/** Files without a document found right after a restart, to be gone once the server has swept. */
const leftByCrashes = new Set<string>()
let rest: RestClient
const tokens: Record<'admin' | 'editor' | 'reviewer' | 'submitter', string> = {
  admin: '',
  editor: '',
  reviewer: '',
  submitter: '',
}
let stage: Omit<BurstStage, 'drafts' | 'resetAccounts'>

const start = async () => {
  startedAt = Date.now()
  server = await startProductionServer({
    port,
    log,
    env: {
      DATABASE_URI: databaseUri,
      MEDIA_DIR: mediaDir,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      // The copy holds the demo accounts, which a server starts with only in demo mode
      DEMO_MODE: '1',
      PAYLOAD_SECRET: secret,
      // A light proof of work: the test process answers every vote's challenge itself, while the burst runs
      PROOF_OF_WORK_MAX_COUNTER: '500',
      SMTP_HOST: inbox.host,
      SMTP_PORT: String(inbox.port),
    },
  })
}

const ok = async (what: string, answer: Promise<{ status: number; data: any }>, status = 200) => {
  const res = await answer
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.data).slice(0, 300)}`)
  return res.data
}

const login = async (who: keyof typeof tokens) => {
  const json = { email: `${who}@demo.local`, password: E2E_PASSWORD }
  tokens[who] = (await ok(`login ${who}`, rest.post('/users/login', { json }))).token
}

/** A case of the submitter's unit taken through the workflow as people would, up to `until`. */
const caseThroughWorkflow = async (caseBody: Record<string, unknown>, until: 'shortlisted' | 'proposed') => {
  const title = `崩溃测试 ${until} ${randomBytes(3).toString('hex')}`
  const { doc } = await ok(
    'create case',
    rest.post('/case-submissions', { token: tokens.submitter, json: { ...caseBody, title } }),
    201,
  )
  const move = (who: keyof typeof tokens, to: string) =>
    ok(`${to}`, rest.post(`/case-submissions/${doc.id}/transition`, { token: tokens[who], json: { to } }))
  await move('submitter', 'submitted')
  const me = await ok('reviewer', rest.get('/users/me', { token: tokens.reviewer }))
  await ok(
    'assign',
    rest.patch(`/case-submissions/${doc.id}`, { token: tokens.editor, json: { assignedReviewers: [me.user.id] } }),
  )
  await move('reviewer', 'shortlisted')
  if (until === 'proposed') await move('editor', 'proposed')
  return doc.id as Id
}

// SIGKILL, a database file and its integrity check: this is about the embedded database only
describe.skipIf(isMongo())('a server killed in the middle of a burst of writes', () => {
  beforeAll(async () => {
    fs.mkdirSync(mediaDir, { recursive: true })
    fs.mkdirSync(path.dirname(log), { recursive: true })
    fs.writeFileSync(log, '')
    if (onPostgres) await copyPostgresDatabase(inject('databaseUri'), databaseUri)
    else await copySqliteDatabase(inject('databaseUri').replace(/^file:/, ''), databaseFile)
    inbox = await startSmtpInbox()
    port = await freePort()
    await start()
    rest = httpClient(server!.baseURL)
    for (const who of Object.keys(tokens) as (keyof typeof tokens)[]) await login(who)

    const now = Date.now()
    const campaign = await ok(
      'campaign',
      rest.post('/campaigns', {
        token: tokens.editor,
        json: {
          name: `崩溃测试活动 ${randomBytes(3).toString('hex')}`,
          year: 2026,
          caseCall: {
            expertWeight: 70,
            voteWeight: 30,
            submissionOpens: new Date(now - DAY).toISOString(),
            submissionCloses: new Date(now + DAY).toISOString(),
            votingOpens: new Date(now - DAY).toISOString(),
            votingCloses: new Date(now + DAY).toISOString(),
          },
        },
      }),
      201,
    )
    const regionCode = '350481'
    const regions = await ok('region', rest.get(`/regions?where[code][equals]=${regionCode}&depth=0`))
    const photo = await ok(
      'photo',
      rest.post('/media', {
        token: tokens.submitter,
        form: uploadForm(await pngImage(640, 360), 'crash-photo.png', 'image/png', { alt: '崩溃测试照片' }),
      }),
      201,
    )
    const caseBody = {
      campaign: campaign.doc.id,
      type: '创新模式',
      region: regions.docs[0].id,
      summary: '下党乡推行茶园认购，订单农业带动农户增收。',
      body: lexicalParagraphs(['下党乡把茶园交给城里人认购，合作社统一管护、统一加工。']),
      photos: [photo.doc.id],
      contactPerson: '林晓华',
      phone: '0598-3600000',
      email: 'crash@example.cn',
    }
    stage = {
      rest,
      tokens: { editor: tokens.editor, submitter: tokens.submitter },
      regionCode,
      caseBody,
      voteCases: [
        await caseThroughWorkflow(caseBody, 'shortlisted'),
        await caseThroughWorkflow(caseBody, 'shortlisted'),
        await caseThroughWorkflow(caseBody, 'shortlisted'),
      ],
      publicityCase: await caseThroughWorkflow(caseBody, 'proposed'),
      inbox,
    }
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await inbox?.close()
    fs.rmSync(dir, { recursive: true, force: true })
    if (onPostgres) await dropPostgresDatabase(databaseUri)
  })

  const stageRound = async (tag: string): Promise<BurstStage> => {
    const drafts: Id[] = []
    for (let n = 0; n < 6; n++) {
      const json = { ...stage.caseBody, title: `待提交 ${tag}-${n}` }
      drafts.push((await ok('draft', rest.post('/case-submissions', { token: tokens.submitter, json }), 201)).doc.id)
    }
    const resetAccounts = []
    for (let n = 0; n < 3; n++) {
      const account = { email: `${tag}-reset${n}@crash.example.cn`, password: 'Crash-Reset-Before-2026' }
      await ok('account', rest.post('/users', { token: tokens.admin, json: { ...account, roles: ['reviewer'] } }), 201)
      resetAccounts.push(account)
    }
    return { ...stage, drafts, resetAccounts }
  }

  it.each(KILL_AFTER.map((share, i) => [i + 1, Math.round(share * 100)]))(
    onPostgres
      ? 'round %i (killed after %i%% of the answers): every acknowledged write is there once (PostgreSQL, not killed, needs no file check)'
      : 'round %i (killed after %i%% of the answers): every acknowledged write is there once, the file is sound',
    async (round) => {
      const tag = `k${round}${randomBytes(2).toString('hex')}`
      const roundStage = await stageRound(tag)
      const plans = await planBurst(roundStage, round, tag)
      const before = await beforeBurst(roundStage, restReadBack(rest, tokens.admin, mediaDir))

      let answers = 0
      let killed: Promise<void> | undefined
      const killAt = Math.round(KILL_AFTER[round - 1] * plans.length)
      const written = await runBurst(roundStage, plans, () => {
        if (++answers === killAt) killed = server!.killHard()
      })
      await killed
      await start()
      await login('admin')

      const unanswered = written.filter(({ steps }) =>
        steps.some((step) => step.status === null && step.what !== 'mail'),
      ).length
      const readBack = restReadBack(rest, tokens.admin, mediaDir)
      const { problems, tally } = await checkBurst(roundStage, written, readBack, before, { crashed: true })
      const integrity = onPostgres ? 'ok' : await sqliteIntegrity(databaseFile)
      for (const file of await unnamedMediaFiles(readBack)) leftByCrashes.add(file)
      expect({ killedMidBurst: unanswered > 0, problems, integrity }, tally).toEqual({
        killedMidBurst: true,
        problems: [],
        integrity: 'ok',
      })
    },
    120_000,
  )

  it(
    'removes every media file the crashes left without a document, soon after restarting',
    async () => {
      const readBack = restReadBack(rest, tokens.admin, mediaDir)
      let unnamed = await unnamedMediaFiles(readBack)
      while (unnamed.length > 0 && Date.now() < startedAt + UNNAMED_FILES_GONE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 5_000))
        unnamed = await unnamedMediaFiles(readBack)
      }
      expect(unnamed, `${leftByCrashes.size} files were left without a document after the restarts`).toEqual([])
    },
    UNNAMED_FILES_GONE_MS + 30_000,
  )
})
