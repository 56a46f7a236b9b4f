import { mediaFilesOf } from './mediaFilesOf'
import type { ReadBack } from './readBack'
import { readBurstWrites } from './readBurstWrites'
import {
  PAIR_REFUSALS,
  mailedResetToken,
  type BurstStage,
  type Id,
  type Plan,
  type Step,
  type Written,
} from './writeBurst'

/** What the burst is compared against: the vote counts from before it. */
export type BeforeBurst = { votes: Map<Id, { rows: number; counter: number }> }

export const beforeBurst = async (stage: BurstStage, readBack: ReadBack): Promise<BeforeBurst> => {
  const votes = new Map<Id, { rows: number; counter: number }>()
  for (const id of stage.voteCases) votes.set(id, await voteCounts(readBack, id))
  return { votes }
}

const voteCounts = async (readBack: ReadBack, id: Id) => {
  const [doc] = await readBack.find('case-submissions', { id: { equals: id } })
  return { rows: await readBack.count('case-votes', { case: { equals: id } }), counter: doc?.votes ?? 0 }
}

/** Each fault on a line of its own, and how many of each kind, to put at the head of a failure. */
export type BurstVerdict = { problems: string[]; tally: string }

/**
 * The faults a user would notice, one line each: a 5xx answer; a refusal that is not the one a lost race should
 * give (status and stable English `message`); a write answered 2xx that is not in the database (lost); a write in
 * parts (a unit without its account, an audit event without its transition); a write stored twice; a vote counter
 * that does not match its votes. Media files without a document are unnamedMediaFiles' to find.
 * With `crashed`, writers the dead server never answered may have been written or not, but never in part or twice.
 */
export const checkBurst = async (
  stage: BurstStage,
  written: Written[],
  readBack: ReadBack,
  before: BeforeBurst,
  { crashed = false } = {},
): Promise<BurstVerdict> => {
  const found: { category: string; kind: Plan['kind']; line: string }[] = []
  const note = (category: string, kind: Plan['kind'], line: string) =>
    found.push({ category, kind, line: `${category}: ${line}` })
  const fault = (category: string, plan: Plan, detail: string) =>
    note(category, plan.kind, `${label(plan)} — ${detail}`)

  for (const { plan, steps } of written) {
    for (const step of steps) {
      if (step.status === null && step.what !== 'mail' && !crashed) {
        fault('no answer', plan, `${step.what}: ${step.error}`)
      }
      if (step.status !== null && step.status >= 500) fault('server error', plan, describe(step))
      if (step.status !== null && step.status >= 400 && step.status < 500 && !isPairRefusal(plan, step)) {
        fault('refused', plan, describe(step))
      }
    }
  }
  for (const [pair, members] of groupBy(
    written.filter(({ plan }) => 'pair' in plan && plan.pair),
    ({ plan }) => (plan as { pair: string }).pair,
  )) {
    const winners = members.filter(({ steps }) => isSuccess(steps[0])).length
    if (winners > 1 || (!crashed && winners !== 1)) {
      note('race', members[0].plan.kind, `${pair} — ${winners} of 2 accepted, not 1`)
    }
  }

  const mediaFilesNow = new Set(readBack.mediaFiles())
  const stored = await readBurstWrites(
    readBack,
    written.map(({ plan }) => plan),
  )

  for (const { plan, steps } of written) {
    const answer = steps[0]
    const accepted = isSuccess(answer)
    const refused = answer.status !== null && !accepted
    switch (plan.kind) {
      case 'registration': {
        const units = stored.unitsByName.get(plan.name) ?? []
        if (units.length > 1) fault('duplicated', plan, `${units.length} units`)
        for (const unit of units) {
          const accounts = stored.accountsByUnit.get(unit.id)?.length ?? 0
          if (accounts !== 1) fault('half-written', plan, `unit ${unit.id} has ${accounts} accounts`)
        }
        const accounts = stored.accountsByEmail.get(plan.email) ?? []
        for (const account of accounts) {
          if (!stored.unitIdsOfAccounts.has(account.organization)) {
            fault('half-written', plan, `account ${account.id} has no unit`)
          }
        }
        if (accepted) {
          const unit = units.find((doc) => doc.id === answer.data?.organization?.id)
          if (!unit) fault('lost', plan, `201, unit ${answer.data?.organization?.id} missing`)
          const account = accounts.find((doc) => doc.id === answer.data?.user?.id)
          if (!account || (unit && account.organization !== unit.id)) {
            fault('lost', plan, `201, account ${answer.data?.user?.id} missing or not the unit's`)
          }
        }
        if (refused && units.length > 0) fault('half-written', plan, `refused (${answer.status}) but its unit exists`)
        break
      }
      case 'upload': {
        const docs = stored.mediaByAlt.get(plan.alt) ?? []
        if (docs.length > 1) fault('duplicated', plan, `${docs.length} documents`)
        if (accepted) {
          const doc = docs.find((candidate) => candidate.id === answer.data?.doc?.id)
          if (!doc) fault('lost', plan, `201, document ${answer.data?.doc?.id} missing`)
          else {
            const missing = mediaFilesOf(doc).filter((file) => !mediaFilesNow.has(file))
            if (missing.length) fault('lost', plan, `201, files missing from media: ${missing.join(', ')}`)
          }
        }
        if (refused && docs.length > 0) {
          fault('half-written', plan, `refused (${answer.status}) but its document exists`)
        }
        break
      }
      case 'caseDraft': {
        const docs = stored.casesByTitle.get(plan.title) ?? []
        if (docs.length > 1) fault('duplicated', plan, `${docs.length} cases`)
        if (accepted && !docs.some((doc) => doc.id === answer.data?.doc?.id && doc.status === 'draft')) {
          fault('lost', plan, `201, case ${answer.data?.doc?.id} missing`)
        }
        if (refused && docs.length > 0) fault('half-written', plan, `refused (${answer.status}) but the case exists`)
        break
      }
      case 'transition': {
        const status = stored.movedCases.get(plan.caseId)?.[0]?.status
        const events = stored.submissionEvents.get(plan.caseId)?.length ?? 0
        if (events > 1) fault('duplicated', plan, `${events} audit events draft>submitted`)
        if (status === 'submitted' && events === 0) fault('half-written', plan, 'submitted without audit event')
        if (status === 'draft' && events > 0) fault('half-written', plan, 'audit event, but the case is a draft')
        if (accepted && status !== 'submitted') fault('lost', plan, `200, case is ${status}`)
        if (refused && status === 'submitted') fault('half-written', plan, `refused (${answer.status}) but moved`)
        break
      }
      case 'objection': {
        const docs = stored.objectionsByContact.get(plan.contact) ?? []
        if (docs.length > 1) fault('duplicated', plan, `${docs.length} objections`)
        if (accepted && !docs.some((doc) => doc.id === answer.data?.doc?.id)) {
          fault('lost', plan, `201, objection ${answer.data?.doc?.id} missing`)
        }
        if (refused && docs.length > 0) fault('half-written', plan, `refused (${answer.status}) but stored`)
        break
      }
      case 'passwordReset':
        await checkPasswordReset(stage, plan, steps, crashed, (detail) => fault('lost', plan, detail))
        break
      case 'vote':
        break
    }
  }

  const votes = written.filter((entry): entry is Written & { plan: Extract<Plan, { kind: 'vote' }> } =>
    isKind(entry.plan, 'vote'),
  )
  for (const [caseId, cast] of groupBy(votes, ({ plan }) => plan.caseId)) {
    const was = before.votes.get(caseId) ?? { rows: 0, counter: 0 }
    const now = await voteCounts(readBack, caseId)
    const added = now.rows - was.rows
    const accepted = cast.filter(({ steps }) => isSuccess(steps[0])).length
    const what = `votes on case ${caseId}`
    if (added < accepted) note('lost', 'vote', `${what} — ${accepted} answered 200, ${added} stored`)
    if (added > (crashed ? cast.length : accepted)) {
      note('duplicated', 'vote', `${what} — ${accepted} answered 200 of ${cast.length}, ${added} stored`)
    }
    if (now.counter - was.counter !== added) {
      note('miscounted', 'vote', `${what} — counter moved by ${now.counter - was.counter}, ${added} votes stored`)
    }
  }
  const tally = [...groupBy(found, ({ category }) => category)].map(([category, entries]) => {
    const kinds = [...groupBy(entries, ({ kind }) => kind)].map(([kind, of]) => `${kind} ${of.length}`)
    return `${entries.length} ${category} (${kinds.join(', ')})`
  })
  return { problems: found.map(({ line }) => line), tally: tally.join('; ') || 'no problems' }
}

/**
 * An acknowledged request must have mailed a working link: the new password works afterwards. When the crash
 * came between the mail and the reset, the link is used now, after the restart.
 */
const checkPasswordReset = async (
  stage: BurstStage,
  plan: Extract<Plan, { kind: 'passwordReset' }>,
  steps: Step[],
  crashed: boolean,
  lost: (detail: string) => void,
) => {
  if (steps[0].status !== 200) return
  const token = steps.find((step) => step.what === 'mail')?.data ?? (await mailedResetToken(stage, plan.email, 1000))
  if (!token) return lost('200, but no reset link was mailed')
  const login = () => stage.rest.post('/users/login', { json: { email: plan.email, password: plan.newPassword } })
  const reset = steps.find((step) => step.what === 'reset-password')
  if (isSuccess(reset)) {
    if ((await login()).status !== 200) lost('reset answered 200, but the new password is refused')
    return
  }
  if (!crashed || (reset && reset.status !== null)) return
  if ((await login()).status === 200) return
  const late = await stage.rest.post('/users/reset-password', { json: { token, password: plan.newPassword } })
  if (late.status !== 200) return lost(`the mailed link answers ${late.status} after the restart`)
  if ((await login()).status !== 200) lost('reset after the restart, but the new password is refused')
}

const isSuccess = (step: Step | undefined) => step?.status != null && step.status >= 200 && step.status < 300

const isKind = <K extends Plan['kind']>(plan: Plan, kind: K): plan is Extract<Plan, { kind: K }> => plan.kind === kind

const isPairRefusal = (plan: Plan, step: Step) => {
  const expected = PAIR_REFUSALS[plan.kind]
  return Boolean(
    'pair' in plan &&
    plan.pair &&
    expected &&
    step.status === expected.status &&
    step.data?.errors?.[0]?.message === expected.message,
  )
}

const describe = (step: Step) =>
  `${step.what} ${step.status}: ${step.data?.errors?.[0]?.message ?? JSON.stringify(step.data)?.slice(0, 200)}`

const label = (plan: Plan) => {
  switch (plan.kind) {
    case 'registration':
      return `registration ${plan.email} (${plan.name})`
    case 'upload':
      return `upload ${plan.filename}`
    case 'caseDraft':
      return `case draft ${plan.title}`
    case 'transition':
      return `transition of case ${plan.caseId}`
    case 'vote':
      return `vote on case ${plan.caseId} from ${plan.address}`
    case 'objection':
      return `objection from ${plan.contact}`
    case 'passwordReset':
      return `password reset of ${plan.email}`
  }
}

const groupBy = <T, K>(items: T[], key: (item: T) => K) => {
  const groups = new Map<K, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
