import { describe, expect, it } from 'vitest'

import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'
import { allowedTransitions, decideTransition, type Actor, type CaseFacts } from '@/workflow/caseTransitions'

// The spec's table, written out independently of the module's, so a wrong edge in either shows up.
const EXPECTED: Record<string, 'submitter' | 'reviewer' | 'editor'> = {
  'draft>submitted': 'submitter',
  'returned>submitted': 'submitter',
  'draft>withdrawn': 'submitter',
  'submitted>withdrawn': 'submitter',
  'returned>withdrawn': 'submitter',
  'submitted>returned': 'reviewer',
  'submitted>rejected': 'reviewer',
  'submitted>shortlisted': 'reviewer',
  'shortlisted>proposed': 'editor',
  'shortlisted>not-selected': 'editor',
  'proposed>excellent': 'editor',
  'proposed>not-selected': 'editor',
}

const ACTORS: Record<string, { actor: Actor | null; kind: 'submitter' | 'reviewer' | 'editor' | null }> = {
  'submitter of the unit': { actor: { id: 1, roles: ['submitter'], organization: 10 }, kind: 'submitter' },
  'submitter of another unit': { actor: { id: 2, roles: ['submitter'], organization: 11 }, kind: null },
  'assigned reviewer': { actor: { id: 3, roles: ['reviewer'] }, kind: 'reviewer' },
  'unassigned reviewer': { actor: { id: 4, roles: ['reviewer'] }, kind: null },
  editor: { actor: { id: 5, roles: ['editor'] }, kind: 'editor' },
  admin: { actor: { id: 6, roles: ['admin'] }, kind: 'editor' },
  anonymous: { actor: null, kind: null },
}

const now = new Date('2020-07-09T10:00:00Z')

/** Facts that satisfy every requirement, so only the status and the actor decide. */
const ready = (status: CaseStatus, overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  status,
  organization: 10,
  unitApproved: true,
  assignedReviewers: [3],
  missingRequiredFields: [],
  photoCount: 2,
  submissionWindow: { opens: '2020-07-01T00:00:00Z', closes: '2020-07-31T00:00:00Z' },
  publicityEndsAt: '2020-07-09T00:00:00Z',
  upheldObjections: 0,
  ...overrides,
})

const decide = (actor: Actor | null, facts: CaseFacts, to: string, comment: string | null = '请补充数据') =>
  decideTransition(actor, facts, { to, comment, now })

const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const))

describe.each(pairs)('%s → %s', (from, to) => {
  const edge = EXPECTED[`${from}>${to}`]
  it.each(Object.keys(ACTORS))('by %s', (name) => {
    const { actor, kind } = ACTORS[name]
    const verdict = decide(actor, ready(from), to)
    if (!edge) expect(verdict).toMatchObject({ ok: false, status: 409, code: 'illegalTransition' })
    else if (kind === edge) expect(verdict).toEqual({ ok: true, from, to })
    else expect(verdict).toMatchObject({ ok: false, status: 403, code: 'forbidden' })
  })
})

const unit = ACTORS['submitter of the unit'].actor
const reviewer = ACTORS['assigned reviewer'].actor
const editor = ACTORS.editor.actor

describe('decideTransition: order of checks', () => {
  it('refuses an unknown status with 400 before anything else, even for nobody', () => {
    expect(decide(null, ready('draft'), 'published')).toMatchObject({ status: 400, code: 'unknownStatus' })
  })

  it('refuses an illegal move with 409 before asking who is moving', () => {
    expect(decide(null, ready('draft'), 'excellent')).toMatchObject({ status: 409, code: 'illegalTransition' })
  })

  it('refuses the wrong actor with 403 before looking at requirements', () => {
    const facts = ready('draft', { missingRequiredFields: ['title'], photoCount: 0 })
    expect(decide(ACTORS['submitter of another unit'].actor, facts, 'submitted')).toMatchObject({ status: 403 })
  })

  it('tells a closed window before asking for missing fields', () => {
    const facts = ready('draft', {
      missingRequiredFields: ['title'],
      submissionWindow: { opens: null, closes: '2020-07-01' },
    })
    expect(decide(unit, facts, 'submitted')).toMatchObject({ status: 409, code: 'submissionWindowClosed' })
  })
})

describe('decideTransition: who counts as whom', () => {
  it('does not treat an admin as a submitter or reviewer, even of their own unit or assignment', () => {
    const admin = { id: 3, roles: ['admin'], organization: 10 }
    expect(decide(admin, ready('draft'), 'submitted')).toMatchObject({ status: 403 })
    expect(decide(admin, ready('submitted'), 'returned')).toMatchObject({ status: 403 })
  })

  it('lets someone holding both roles act as either', () => {
    const both = { id: 3, roles: ['admin', 'reviewer'] }
    expect(decide(both, ready('submitted'), 'returned').ok).toBe(true)
    expect(decide(both, ready('shortlisted'), 'proposed').ok).toBe(true)
  })

  it('matches ids whether they arrive as numbers or strings', () => {
    expect(decide({ id: '3', roles: ['reviewer'] }, ready('submitted'), 'shortlisted').ok).toBe(true)
    expect(decide({ id: 1, roles: ['submitter'], organization: '10' }, ready('draft'), 'withdrawn').ok).toBe(true)
  })

  it('refuses a submitter without a unit, and any submitter when the case has none', () => {
    expect(decide({ id: 1, roles: ['submitter'] }, ready('draft'), 'withdrawn')).toMatchObject({ status: 403 })
    expect(decide(unit, ready('draft', { organization: null }), 'withdrawn')).toMatchObject({ status: 403 })
  })

  it('asks the logged-out to log in, and tells others whose move it is', () => {
    expect(decide(null, ready('draft'), 'withdrawn')).toMatchObject({ code: 'forbidden', message: '请先登录后再操作' })
    expect(decide(editor, ready('submitted'), 'returned')).toMatchObject({ message: expect.stringContaining('审核员') })
  })
})

const chinese = /[\u4e00-\u9fff]/

describe('decideTransition: requirements', () => {
  it('names every missing field and the photo when submitting a draft, in Chinese', () => {
    const facts = ready('draft', { missingRequiredFields: ['title', 'summary'], photoCount: 0 })
    const verdict = decide(unit, facts, 'submitted')
    expect(verdict).toMatchObject({ status: 400, code: 'missingRequirements', missing: ['title', 'summary', 'photos'] })
    expect(verdict.ok ? '' : verdict.message).toBe('提交前请补全：案例标题、案例摘要（300 字以内）、照片（至少一张）')
  })

  it('keeps the submission window open at both edges and unbounded when unset', () => {
    const at = (opens: string | null, closes: string | null) =>
      decide(unit, ready('draft', { submissionWindow: { opens, closes } }), 'submitted')
    expect(at('2020-07-09T10:00:00Z', null).ok).toBe(true)
    expect(at(null, '2020-07-09T10:00:00Z').ok).toBe(true)
    expect(at(null, null).ok).toBe(true)
    expect(at('2020-07-09T10:00:00.001Z', null)).toMatchObject({ status: 409, code: 'submissionWindowClosed' })
    expect(at(null, '2020-07-09T09:59:59.999Z')).toMatchObject({ status: 409, code: 'submissionWindowClosed' })
    expect(at('not a date', null)).toMatchObject({ code: 'submissionWindowClosed' })
  })

  it('refuses the first submission of a unit awaiting approval, before naming missing fields', () => {
    const pending = ready('draft', { unitApproved: false, missingRequiredFields: ['title'], photoCount: 0 })
    expect(decide(unit, pending, 'submitted')).toEqual({
      ok: false,
      status: 400,
      code: 'unitNotApproved',
      message: '单位注册尚待审核，审核通过后即可提交案例',
    })
    expect(decide(unit, ready('draft', { unitApproved: true }), 'submitted').ok).toBe(true)
  })

  it('lets a pending unit still withdraw its drafts, and leaves other units to the actor check', () => {
    expect(decide(unit, ready('draft', { unitApproved: false }), 'withdrawn').ok).toBe(true)
    const other = ACTORS['submitter of another unit'].actor
    expect(decide(other, ready('draft', { unitApproved: false }), 'submitted')).toMatchObject({ status: 403 })
  })

  it('lets a returned case be resubmitted only while the window is open', () => {
    const closed = { opens: null, closes: '2020-07-01T00:00:00Z' }
    expect(decide(unit, ready('returned', { submissionWindow: closed }), 'submitted')).toMatchObject({
      status: 409,
      code: 'submissionWindowClosed',
    })
    expect(decide(unit, ready('returned'), 'submitted').ok).toBe(true)
  })

  it('needs a non-blank comment to return a case, and a reason to reject one', () => {
    for (const comment of [null, '', '  \n ']) {
      expect(decide(reviewer, ready('submitted'), 'returned', comment)).toEqual({
        ok: false,
        status: 400,
        code: 'missingRequirements',
        message: '退回修改时请写明需要修改的内容',
        missing: ['comment'],
      })
      expect(decide(reviewer, ready('submitted'), 'rejected', comment)).toMatchObject({
        status: 400,
        missing: ['reason'],
      })
    }
  })

  it('makes a case excellent only once publicity is over and no objection is upheld', () => {
    const at = (overrides: Partial<CaseFacts>) => decide(editor, ready('proposed', overrides), 'excellent', null)
    expect(at({ publicityEndsAt: '2020-07-09T10:00:00Z' }).ok).toBe(true)
    expect(at({ publicityEndsAt: '2020-07-09T10:00:01Z' })).toMatchObject({ status: 409, code: 'publicityNotOver' })
    expect(at({ publicityEndsAt: null })).toMatchObject({ status: 409, code: 'publicityNotOver' })
    expect(at({ upheldObjections: 1 })).toMatchObject({ status: 409, code: 'objectionUpheld' })
    expect(at({ upheldObjections: 1, publicityEndsAt: null })).toMatchObject({ code: 'objectionUpheld' })
  })

  it('drops a proposed case on an upheld objection or a written reason, and asks for the reason otherwise', () => {
    const drop = (upheldObjections: number, comment: string | null) =>
      decide(editor, ready('proposed', { upheldObjections }), 'not-selected', comment)
    expect(drop(1, null).ok).toBe(true)
    expect(drop(0, '材料与事实不符').ok).toBe(true)
    expect(drop(0, null)).toMatchObject({ status: 400, code: 'missingRequirements', missing: ['reason'] })
    expect(drop(0, '   ')).toMatchObject({ status: 400, missing: ['reason'] })
  })

  it('gives every refusal a Chinese message', () => {
    const refusals = [
      decide(null, ready('draft'), 'nope'),
      decide(null, ready('draft'), 'excellent'),
      decide(null, ready('draft'), 'submitted'),
      decide(unit, ready('draft', { submissionWindow: { opens: '2099-01-01', closes: null } }), 'submitted'),
      decide(editor, ready('proposed', { publicityEndsAt: null }), 'excellent'),
      decide(editor, ready('proposed', { upheldObjections: 2 }), 'excellent'),
      decide(reviewer, ready('submitted'), 'rejected', ''),
    ]
    for (const verdict of refusals) expect(verdict.ok ? '' : verdict.message).toMatch(chinese)
  })
})

describe('allowedTransitions', () => {
  it.each(Object.keys(ACTORS))('offers %s exactly their moves from every status', (name) => {
    const { actor, kind } = ACTORS[name]
    for (const from of CASE_STATUSES) {
      const expected = CASE_STATUSES.filter((to) => kind != null && EXPECTED[`${from}>${to}`] === kind)
      expect(allowedTransitions(actor, ready(from), now)).toEqual(expected)
    }
  })

  it('offers moves whatever their requirements, so the refusal can explain itself', () => {
    const facts = ready('draft', {
      missingRequiredFields: ['title'],
      photoCount: 0,
      submissionWindow: { opens: null, closes: '2020-01-01' },
    })
    expect(allowedTransitions(unit, facts, now)).toEqual(['submitted', 'withdrawn'])
    expect(allowedTransitions(reviewer, ready('submitted'), now)).toEqual(['returned', 'rejected', 'shortlisted'])
    expect(allowedTransitions(editor, ready('proposed'), now)).toEqual(['excellent', 'not-selected'])
  })
})
