import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import type { User } from '@/payload-types'

import { openCaseCallCampaign, publishables } from '../helpers/editorialFixtures'
import { fileObjection } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import { TEST_PASSWORD, type Cast } from '../helpers/seedUsers'
import { startSmtpInbox, type InboxMessage, type SmtpInbox } from '../helpers/smtpInbox'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let inbox: SmtpInbox
let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let caseBody: Record<string, unknown>
let zheng: User

const CONTACT = 'xiadang@example.cn'
const COLLEAGUE = 'colleague@test.local'
const ZHENG = 'zheng.pingshen@test.local'
const context = { disableRevalidate: true }

beforeAll(async () => {
  inbox = await startSmtpInbox()
  // Payload reads the mail settings when it loads its config, which startPayload does only now.
  process.env.SMTP_HOST = inbox.host
  process.env.SMTP_PORT = String(inbox.port)
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await openCaseCallCampaign(app.payload, context)
  // A second account of unit A, and a reviewer with a name a leak would show.
  await app.payload.create({
    collection: 'users',
    data: { email: COLLEAGUE, password: TEST_PASSWORD, roles: ['submitter'], organization: cast.units.a.id },
    context,
  })
  zheng = await app.payload.create({
    collection: 'users',
    data: { email: ZHENG, password: TEST_PASSWORD, roles: ['reviewer'], name: '郑评审' },
    context,
  })
  caseBody = {
    campaign: campaign.id,
    type: '创新模式',
    region: region.id,
    summary: '下党乡推行茶园认购，订单农业带动农户增收。',
    body: lexicalParagraphs(['下党乡把茶园交给城里人认购，合作社统一管护、统一加工。']),
    photos: [image.id],
    contactPerson: '吴建平',
    phone: '0593-5500000',
    email: CONTACT,
  }
})
afterAll(async () => {
  await app?.close()
  await inbox?.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
})

const move = (id: number, who: string, to: string, comment?: string) =>
  rest.post(`/case-submissions/${id}/transition`, { token: tokens[who], json: { to, comment } })

const newCase = async (title: string) => {
  const res = await rest.post('/case-submissions', { token: tokens.submitter, json: { ...caseBody, title } })
  expect(res.status).toBe(201)
  return res.data.doc as { id: number }
}

const UNIT = ['submitter@test.local', COLLEAGUE, CONTACT]

/** Waits until every address got a mail about this case whose subject contains `words`. */
const arrives = (addresses: string[], title: string, words: string) =>
  Promise.all(
    addresses.map((address) =>
      inbox.waitFor((m) => m.to.includes(address) && m.subject.includes(`《${title}》`) && m.subject.includes(words)),
    ),
  )

const about = (title: string) => (m: InboxMessage) => m.subject.includes(`《${title}》`)

describe('mail at every step of a case', () => {
  it('tells the unit, its reviewers and the editors, each what concerns them', async () => {
    const title = '茶园认购带动增收'
    const { id } = await newCase(title)

    expect((await move(id, 'submitter', 'submitted')).status).toBe(200)
    const submitted = await arrives(UNIT, title, '已提交')
    expect(submitted[0].text).toContain('状态已由“草稿”变为“已提交”')
    expect(submitted[0].text).toContain(`/submit/cases/${id}`)
    expect(submitted[0].from).toContain('东南网专题')

    const assign = await rest.patch(`/case-submissions/${id}`, {
      token: tokens.editor,
      json: { assignedReviewers: [cast.users.reviewer.id, zheng.id] },
    })
    expect(assign.status).toBe(200)
    const [assigned] = await arrives([ZHENG, 'reviewer@test.local'], title, '评审任务')
    expect(assigned.text).toContain(`/admin/collections/case-submissions/${id}`)

    expect((await move(id, 'reviewer', 'returned', '请补充带动农户数量')).status).toBe(200)
    const returned = await arrives(UNIT, title, '退回修改')
    expect(returned[0].text).toContain('修改意见：\n请补充带动农户数量')
    expect(returned[0].html).toContain('请补充带动农户数量')

    expect((await move(id, 'submitter', 'submitted', '已补充带动农户数量')).status).toBe(200)
    const [resubmitted] = await arrives([ZHENG, 'reviewer@test.local'], title, '已重新提交')
    expect(resubmitted.text).toContain('已补充带动农户数量')
    await Promise.all(
      UNIT.map((address) =>
        inbox.waitFor((m) => m.to.includes(address) && about(title)(m) && m.text.includes('由“退回修改”变为“已提交”')),
      ),
    )

    expect((await move(id, 'reviewer', 'shortlisted')).status).toBe(200)
    await arrives(['editor@test.local'], title, '入围')
    await arrives(UNIT, title, '入围')

    const mine = inbox.messages.filter(about(title))
    const unitMail = mine.filter((m) => m.to.some((address) => UNIT.includes(address)))
    // Each of the three unit addresses heard of all four changes, and nothing else.
    expect(unitMail).toHaveLength(12)
    // Blind review: nothing the unit received names or addresses a reviewer.
    for (const mail of unitMail) {
      for (const secret of ['郑评审', ZHENG, 'reviewer@test.local', '/admin/']) {
        expect(mail.subject + mail.text + mail.html).not.toContain(secret)
      }
    }
    // Another unit hears nothing of this case; editors only of the shortlisting.
    expect(inbox.messagesTo('submitter2@test.local').filter(about(title))).toEqual([])
    expect(
      inbox
        .messagesTo('editor@test.local')
        .filter(about(title))
        .map((m) => m.subject),
    ).toEqual([`【入围】案例《${title}》`])
    expect(
      inbox
        .messagesTo(ZHENG)
        .filter(about(title))
        .map((m) => m.subject),
    ).toEqual([`【评审任务】案例《${title}》`, `【待审核】案例《${title}》已重新提交`])
  })

  it('tells reviewers the automatic assignment gave them a case', async () => {
    const title = '光伏扶贫电站'
    const { id } = await newCase(title)
    expect((await move(id, 'submitter', 'submitted')).status).toBe(200)
    const res = await rest.post(`/case-submissions/${id}/assign-reviewers`, {
      token: tokens.editor,
      json: { count: 2 },
    })
    expect(res.status).toBe(200)
    await arrives([ZHENG, 'reviewer@test.local'], title, '评审任务')
  })

  it('tells the editors of an objection, and the objector and the unit of its outcome', async () => {
    const title = '金融扶贫小额信贷'
    const { id } = await newCase(title)
    await app.payload.update({
      collection: 'case-submissions',
      id,
      data: { assignedReviewers: [cast.users.reviewer.id] },
      context: { disableNotifications: true },
    })
    for (const [who, to] of [
      ['submitter', 'submitted'],
      ['reviewer', 'shortlisted'],
      ['editor', 'proposed'],
    ]) {
      expect((await move(id, who, to)).status).toBe(200)
    }
    const filed = await fileObjection(rest, id, {
      name: '王读者',
      contact: 'wang.reader@example.com',
      reason: '数据与公开报道不符',
    })
    expect(filed.status).toBe(201)
    const [toEditor] = await arrives(['editor@test.local'], title, '公示异议')
    expect(toEditor.text).toContain('王读者（wang.reader@example.com）')
    expect(toEditor.text).toContain('数据与公开报道不符')
    expect(toEditor.text).toContain(`/admin/collections/case-objections/${filed.data.doc.id}`)

    const decided = await rest.post(`/case-objections/${filed.data.doc.id}/decide`, {
      token: tokens.editor,
      json: { decision: 'dismissed', reason: '经核实数据无误' },
    })
    expect(decided.status).toBe(200)
    const [toObjector] = await arrives(['wang.reader@example.com'], title, '异议处理结果')
    expect(toObjector.text).toContain('异议不成立')
    expect(toObjector.text).toContain('经核实数据无误')
    // The reviewer was put on quietly (a bulk load's flag), so no assignment mail went out.
    await arrives(['reviewer@test.local'], title, '待审核')
    expect(
      inbox
        .messagesTo('reviewer@test.local')
        .filter(about(title))
        .map((m) => m.subject),
    ).toEqual([`【待审核】案例《${title}》`])
    const forUnit = await arrives(UNIT, title, '公示异议处理')
    expect(forUnit[0].text).toContain('经核实数据无误')
    for (const mail of forUnit) expect(mail.subject + mail.text + mail.html).not.toMatch(/王读者|wang\.reader|公开报道/)
  })
})

describe('a mail server that is slow or down', () => {
  it('does not hold up the transition', async () => {
    const title = '电商助农直播'
    const { id } = await newCase(title)
    inbox.hold()
    try {
      const started = Date.now()
      expect((await move(id, 'submitter', 'submitted')).status).toBe(200)
      expect(Date.now() - started).toBeLessThan(3000)
    } finally {
      inbox.release()
    }
    await arrives(UNIT, title, '已提交')
  })

  it('still changes the status when no mail can be sent', async () => {
    const { id } = await newCase('易地扶贫搬迁')
    await inbox.close()
    const res = await move(id, 'submitter', 'withdrawn')
    expect(res.status).toBe(200)
    const after = await app.payload.findByID({ collection: 'case-submissions', id, depth: 0 })
    expect(after.status).toBe('withdrawn')
  })
})
