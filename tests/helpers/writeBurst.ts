import { pdfDocument, pngImage, uploadForm } from './files'
import { castVote, fileObjection } from './proofOfWork'
import type { RestClient } from './rest'
import type { SmtpInbox } from './smtpInbox'

export type Id = number | string

/** What must exist before a burst starts. Each test makes it its own way (Local API in-process, REST on a server). */
export type BurstStage = {
  rest: RestClient
  tokens: { editor: string; submitter: string }
  /** A division code the database knows, for registrations. */
  regionCode: string
  /** A complete case the submitter may create now: its campaign's call for cases is open. */
  caseBody: Record<string, unknown>
  /** Complete drafts of the submitter's approved unit, one per transition writer. */
  drafts: Id[]
  /** Shortlisted cases whose vote is open. */
  voteCases: Id[]
  /** A case in its publicity period. */
  publicityCase: Id
  /** Accounts that ask for a new password, each once: Payload silently sends no second mail within 15 s. */
  resetAccounts: { email: string; password: string }[]
  inbox: Pick<SmtpInbox, 'waitFor'>
}

/** One writer of the burst: what it sends. `pair` names two writers of which exactly one may win. */
export type Plan =
  | { kind: 'registration'; name: string; email: string; address: string; pair?: string }
  | { kind: 'upload'; filename: string; alt: string; as: 'editor' | 'submitter' }
  | { kind: 'caseDraft'; title: string }
  | { kind: 'transition'; caseId: Id }
  | { kind: 'vote'; caseId: Id; address: string; cookie?: string; pair?: string }
  | { kind: 'objection'; contact: string; address: string }
  | { kind: 'passwordReset'; email: string; password: string; newPassword: string }

/** One request of a writer and its answer; `status` is null when none came (the server died, the mail never came). */
export type Step = { what: string; status: number | null; data?: any; error?: string }

export type Written = { plan: Plan; steps: Step[] }

const REGISTRATION_PASSWORD = 'Burst-Unit-Password-2026'

/** The refusals a writer of a pair may meet when the other one wins; anything else refused is a defect. */
export const PAIR_REFUSALS: Partial<Record<Plan['kind'], { status: number; message: string }>> = {
  registration: { status: 409, message: 'Email already registered' },
  vote: { status: 429, message: 'Already voted for this case today' },
}

const ip = (kind: number, round: number, n: number) => `10.${kind}.${round}.${n + 1}`

/**
 * The writers of one round, 56 of them: registrations (ten alone, three pairs sharing an email), uploads (images
 * and PDFs, by an editor and by a unit), case drafts, transitions, votes (distinct voters and one voter twice on one
 * case), objections and password resets. `tag` makes every name, email and address of the round its own.
 * Readying the voter who votes twice costs one vote before the burst.
 */
export const planBurst = async (stage: BurstStage, round: number, tag: string): Promise<Plan[]> => {
  const plans: Plan[] = []
  for (let n = 0; n < 10; n++) {
    plans.push({
      kind: 'registration',
      name: `并发测试单位${tag}-${n}`,
      email: `${tag}-unit${n}@burst.example.cn`,
      address: ip(1, round, n),
    })
  }
  for (let n = 0; n < 3; n++) {
    for (const side of ['a', 'b']) {
      plans.push({
        kind: 'registration',
        name: `并发测试单位${tag}-pair${n}${side}`,
        email: `${tag}-pair${n}@burst.example.cn`,
        address: ip(1, round, 100 + n * 2 + (side === 'a' ? 0 : 1)),
        pair: `registration ${tag}-pair${n}`,
      })
    }
  }
  for (let n = 0; n < 8; n++) {
    plans.push({
      kind: 'upload',
      filename: `${tag}-file${n}.${n % 2 ? 'pdf' : 'png'}`,
      alt: `并发上传 ${tag}-${n}`,
      as: n < 4 ? 'editor' : 'submitter',
    })
  }
  for (let n = 0; n < 6; n++) plans.push({ kind: 'caseDraft', title: `并发测试案例 ${tag}-${n}` })
  for (const caseId of stage.drafts) plans.push({ kind: 'transition', caseId })
  for (let n = 0; n < 10; n++) {
    plans.push({ kind: 'vote', caseId: stage.voteCases[n % stage.voteCases.length], address: ip(2, round, n) })
  }
  const twiceAddress = ip(2, round, 200)
  const cookie = await voterCookie(stage, stage.voteCases[0], twiceAddress)
  for (let n = 0; n < 2; n++) {
    plans.push({
      kind: 'vote',
      caseId: stage.voteCases[1 % stage.voteCases.length],
      address: twiceAddress,
      cookie,
      pair: `vote ${tag}-twice`,
    })
  }
  for (let n = 0; n < 5; n++) {
    plans.push({ kind: 'objection', contact: `${tag}-objector${n}@example.cn`, address: ip(3, round, n) })
  }
  for (const account of stage.resetAccounts) {
    plans.push({ kind: 'passwordReset', ...account, newPassword: `Reset-${tag}-Password` })
  }
  return spreadOut(plans, round)
}

/**
 * Every kind spread evenly over the burst, since a server takes writes about in the order they come and the crash
 * test kills it part-way: each kind must have writers on both sides of the kill. The kinds take turns at the lead.
 */
const spreadOut = (plans: Plan[], round: number) => {
  const kinds = [...new Set(plans.map((plan) => plan.kind))]
  const place = new Map<Plan, number>()
  for (const [k, kind] of kinds.entries()) {
    const ofKind = plans.filter((plan) => plan.kind === kind)
    const turn = ((k + round) % kinds.length) / kinds.length
    ofKind.forEach((plan, i) => place.set(plan, (i + turn) / ofKind.length))
  }
  return [...plans].sort((a, b) => (place.get(a) as number) - (place.get(b) as number))
}

/** A reader's cookie after one vote, so the same reader can try twice. */
const voterCookie = async (stage: BurstStage, caseId: Id, address: string) => {
  const res = await castVote(stage.rest, caseId, { headers: { 'X-Real-IP': address } })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (res.status !== 200 || !cookie)
    throw new Error(`could not ready a voter: ${res.status} ${JSON.stringify(res.data)}`)
  return cookie
}

const PASSWORD_RESET_LINK = /\/reset\/([0-9a-f]{20,})/

/** Sends one writer's requests; never throws, so one failure cannot hide the others' answers. */
const write = async (stage: BurstStage, plan: Plan, steps: Step[]) => {
  const { rest, tokens } = stage
  const answered = async (what: string, send: () => ReturnType<RestClient['post']>) => {
    try {
      const res = await send()
      steps.push({ what, status: res.status, data: res.data })
      return res
    } catch (error) {
      steps.push({ what, status: null, error: String(error) })
      return null
    }
  }
  switch (plan.kind) {
    case 'registration':
      await answered('register', () =>
        rest.post('/organizations/register', {
          headers: { 'X-Real-IP': plan.address },
          json: {
            name: plan.name,
            kind: 'government-department',
            region: stage.regionCode,
            contactPerson: '并发测试',
            phone: '0591-87000000',
            email: plan.email,
            password: REGISTRATION_PASSWORD,
          },
        }),
      )
      return
    case 'upload': {
      const isPdf = plan.filename.endsWith('.pdf')
      const bytes = isPdf ? pdfDocument() : await pngImage(480, 320)
      const type = isPdf ? 'application/pdf' : 'image/png'
      await answered('upload', () =>
        rest.post('/media', {
          token: tokens[plan.as],
          form: uploadForm(bytes, plan.filename, type, { alt: plan.alt }),
        }),
      )
      return
    }
    case 'caseDraft':
      await answered('create', () =>
        rest.post('/case-submissions', { token: tokens.submitter, json: { ...stage.caseBody, title: plan.title } }),
      )
      return
    case 'transition':
      await answered('transition', () =>
        rest.post(`/case-submissions/${plan.caseId}/transition`, {
          token: tokens.submitter,
          json: { to: 'submitted' },
        }),
      )
      return
    case 'vote':
      await answered('vote', () =>
        castVote(rest, plan.caseId, {
          headers: { 'X-Real-IP': plan.address, ...(plan.cookie ? { cookie: plan.cookie } : {}) },
        }),
      )
      return
    case 'objection':
      await answered('object', () =>
        fileObjection(
          rest,
          stage.publicityCase,
          { name: '并发测试', contact: plan.contact, reason: `并发测试异议 ${plan.contact}` },
          { headers: { 'X-Real-IP': plan.address } },
        ),
      )
      return
    case 'passwordReset': {
      const asked = await answered('forgot-password', () =>
        rest.post('/users/forgot-password', { json: { email: plan.email } }),
      )
      if (asked?.status !== 200) return
      const token = await mailedResetToken(stage, plan.email)
      steps.push({ what: 'mail', status: token ? 200 : null, data: token })
      if (!token) return
      const reset = await answered('reset-password', () =>
        rest.post('/users/reset-password', { json: { token, password: plan.newPassword } }),
      )
      if (reset?.status !== 200) return
      await answered('login', () =>
        rest.post('/users/login', { json: { email: plan.email, password: plan.newPassword } }),
      )
      return
    }
  }
}

/** The token of the reset link mailed to `email`, or null when no such mail arrives. */
export const mailedResetToken = async (stage: Pick<BurstStage, 'inbox'>, email: string, timeoutMs = 20_000) => {
  const address = email.toLowerCase()
  try {
    const mail = await stage.inbox.waitFor(
      (message) => message.to.includes(address) && PASSWORD_RESET_LINK.test(message.html || message.text),
      timeoutMs,
    )
    return (mail.html || mail.text).match(PASSWORD_RESET_LINK)?.[1] ?? null
  } catch {
    return null
  }
}

/**
 * Starts every writer at once and waits for all of them. `onAnswer` hears each answer as it comes (the crash test
 * kills the server part-way through).
 */
export const runBurst = async (stage: BurstStage, plans: Plan[], onAnswer: () => void = () => {}) =>
  Promise.all(
    plans.map(async (plan): Promise<Written> => {
      const steps: Step[] = []
      await write(stage, plan, steps)
      onAnswer()
      return { plan, steps }
    }),
  )
