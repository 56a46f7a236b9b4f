import { CASE_STATUS_LABELS, type CaseStatus } from '@/workflow/caseStatus'
import { OBJECTION_STATUS_LABELS, type ObjectionStatus } from '@/workflow/objectionRules'

import { caseLinks, objectionStaffLink } from './links'
import { composeMail, type Block, type Mail } from './mailBody'
import { transitionAudiences, uniqueAddresses } from './recipients'

/**
 * What each notification says and to whom, as pure functions of facts the sender loaded. Blind review: nothing a
 * unit receives is built from a reviewer's identity, so no unit mail can name one; an objector's identity goes to
 * editors only.
 */

export type Site = { baseUrl: string; name: string }
export type CaseFacts = { id: number | string; title: string }
export type Addresses = readonly (string | null | undefined)[]

const status = (value: CaseStatus) => CASE_STATUS_LABELS[value].zh
const named = (kase: CaseFacts) => `案例《${kase.title}》`

const mailsTo = (addresses: Addresses, subject: string, blocks: Block[], site: Site): Mail[] =>
  uniqueAddresses(addresses).map((to) => composeMail(to, subject, blocks, site.name))

const UNIT_NEXT_STEP: Partial<Record<CaseStatus, string>> = {
  submitted: '案例已进入初审，审核结果将以邮件通知。',
  returned: '请根据下面的意见修改案例，并在征集截止前重新提交。',
  withdrawn: '案例已撤回，不再参加本次评选。',
  rejected: '很遗憾，案例未通过初审。',
  shortlisted: '案例已通过初审入围，将参加网络投票和专家评审。',
  proposed: '案例拟入选优秀案例，现进入公示期。',
  excellent: '恭喜！案例被评为优秀案例，将在专题中展示。',
  'not-selected': '很遗憾，案例本次未入选。',
}

const COMMENT_LABEL: Partial<Record<CaseStatus, string>> = { returned: '修改意见', rejected: '未通过原因' }

export type TransitionFacts = {
  site: Site
  kase: CaseFacts
  from: CaseStatus
  to: CaseStatus
  comment?: string | null
  recipients: { unit: Addresses; reviewers: Addresses; editors: Addresses }
}

export const transitionMails = ({ site, kase, from, to, comment, recipients }: TransitionFacts): Mail[] => {
  const audiences = transitionAudiences(to)
  const links = caseLinks(site.baseUrl, kase.id)
  const note = comment?.trim()
  const quoted = (label: string): Block[] => (note ? [{ kind: 'quote', label, text: note }] : [])
  const mails: Mail[] = []
  if (audiences.unit) {
    mails.push(
      ...mailsTo(
        recipients.unit,
        `【${status(to)}】${named(kase)}`,
        [
          { kind: 'text', text: `您好！贵单位报送的${named(kase)}状态已由“${status(from)}”变为“${status(to)}”。` },
          ...(UNIT_NEXT_STEP[to] ? [{ kind: 'text' as const, text: UNIT_NEXT_STEP[to] }] : []),
          ...quoted(COMMENT_LABEL[to] ?? '说明'),
          { kind: 'link', label: '查看案例', href: links.unit },
        ],
        site,
      ),
    )
  }
  if (audiences.reviewers) {
    const again = from === 'returned'
    mails.push(
      ...mailsTo(
        recipients.reviewers,
        `【待审核】${named(kase)}${again ? '已重新提交' : ''}`,
        [
          {
            kind: 'text',
            text: `您负责评审的${named(kase)}已${again ? '按意见修改后重新提交' : '提交'}，请登录后台审核。`,
          },
          ...quoted('申报单位说明'),
          { kind: 'link', label: '在后台打开案例', href: links.staff },
        ],
        site,
      ),
    )
  }
  if (audiences.editors) {
    mails.push(
      ...mailsTo(
        recipients.editors,
        `【入围】${named(kase)}`,
        [
          { kind: 'text', text: `${named(kase)}已通过初审入围，可进入专家评分、网络投票和排名。` },
          ...quoted('初审意见'),
          { kind: 'link', label: '在后台打开案例', href: links.staff },
        ],
        site,
      ),
    )
  }
  return mails
}

export type AssignmentFacts = { site: Site; kase: CaseFacts; status: CaseStatus; reviewers: Addresses }

export const assignmentMails = ({ site, kase, status: current, reviewers }: AssignmentFacts): Mail[] =>
  mailsTo(
    reviewers,
    `【评审任务】${named(kase)}`,
    [
      { kind: 'text', text: `您被指派为${named(kase)}的评审专家，案例当前状态为“${status(current)}”。` },
      { kind: 'text', text: '请登录后台查看案例并审核、评分。' },
      { kind: 'link', label: '在后台打开案例', href: caseLinks(site.baseUrl, kase.id).staff },
    ],
    site,
  )

export type ObjectionFacts = {
  id: number | string
  name: string
  contact: string
  reason: string
  status: ObjectionStatus
  decisionReason?: string | null
}

export const objectionFiledMails = (facts: {
  site: Site
  kase: CaseFacts
  objection: ObjectionFacts
  editors: Addresses
}): Mail[] => {
  const { site, kase, objection } = facts
  return mailsTo(
    facts.editors,
    `【公示异议】${named(kase)}`,
    [
      { kind: 'text', text: `公示中的${named(kase)}收到一条异议，请核实后在后台处理。` },
      { kind: 'quote', label: '异议人', text: `${objection.name}（${objection.contact}）` },
      { kind: 'quote', label: '异议理由', text: objection.reason },
      { kind: 'link', label: '处理这条异议', href: objectionStaffLink(site.baseUrl, objection.id) },
      { kind: 'link', label: '在后台打开案例', href: caseLinks(site.baseUrl, kase.id).staff },
    ],
    site,
  )
}

/**
 * The objector learns the outcome when they left an email address (a phone number is for the editors to call); the
 * unit learns it too, with the editors' reason but without who objected or what they wrote.
 */
export const objectionDecidedMails = (facts: {
  site: Site
  kase: CaseFacts
  objection: ObjectionFacts
  unit: Addresses
}): Mail[] => {
  const { site, kase, objection } = facts
  if (objection.status === 'pending') return []
  const outcome = OBJECTION_STATUS_LABELS[objection.status].zh
  const links = caseLinks(site.baseUrl, kase.id)
  const reason: Block[] = objection.decisionReason?.trim()
    ? [{ kind: 'quote', label: '处理理由', text: objection.decisionReason.trim() }]
    : []
  return [
    ...mailsTo(
      [objection.contact],
      `【异议处理结果】${named(kase)}`,
      [
        {
          kind: 'text',
          text: `${objection.name}：您好！您对公示中的${named(kase)}提出的异议已处理，结果为“${outcome}”。`,
        },
        ...reason,
        { kind: 'text', text: '感谢您对评选工作的监督。' },
        { kind: 'link', label: '查看案例', href: links.public },
      ],
      site,
    ),
    ...mailsTo(
      facts.unit,
      `【公示异议处理】${named(kase)}`,
      [
        { kind: 'text', text: `您好！贵单位${named(kase)}在公示期间收到的一条异议已处理，结果为“${outcome}”。` },
        ...reason,
        { kind: 'link', label: '查看案例', href: links.unit },
      ],
      site,
    ),
  ]
}
