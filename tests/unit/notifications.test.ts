import { describe, expect, it } from 'vitest'

import { smtpSettings } from '@/config/email'
import { siteUrl } from '@/notifications/links'
import { composeMail, escapeHtml } from '@/notifications/mailBody'
import {
  assignmentMails,
  objectionDecidedMails,
  objectionFiledMails,
  transitionMails,
  type ObjectionFacts,
} from '@/notifications/messages'
import { assignmentIsNews, transitionAudiences, uniqueAddresses } from '@/notifications/recipients'
import { CASE_STATUSES } from '@/workflow/caseStatus'

const site = { baseUrl: 'https://zt.example.cn', name: '东南网专题' }
const kase = { id: 7, title: '茶园认购带动增收' }
const recipients = {
  unit: ['unit@a.cn', 'UNIT@a.cn', 'contact@a.cn', null, '0593-5500000'],
  reviewers: ['zheng.reviewer@news.cn'],
  editors: ['editor@news.cn'],
}

const to = (mails: { to: string }[]) => mails.map((mail) => mail.to)
const everything = (mail: { subject: string; text: string; html: string }) => mail.subject + mail.text + mail.html

describe('who hears of a status change', () => {
  it('tells the unit of every change, reviewers of a (re)submission, editors of a shortlisting', () => {
    for (const status of CASE_STATUSES) {
      const audiences = transitionAudiences(status)
      expect(audiences.unit).toBe(true)
      expect(audiences.reviewers).toBe(status === 'submitted')
      expect(audiences.editors).toBe(status === 'shortlisted')
    }
  })

  it('sends the unit one mail per address, each account and the case contact, without duplicates', () => {
    const mails = transitionMails({ site, kase, from: 'submitted', to: 'rejected', comment: '材料不全', recipients })
    expect(to(mails)).toEqual(['unit@a.cn', 'contact@a.cn'])
  })

  it('reaches the assigned reviewers when a returned case comes back, naming it a resubmission', () => {
    const mails = transitionMails({ site, kase, from: 'returned', to: 'submitted', recipients })
    expect(to(mails)).toEqual(['unit@a.cn', 'contact@a.cn', 'zheng.reviewer@news.cn'])
    const forReviewer = mails[2]
    expect(forReviewer.subject).toBe('【待审核】案例《茶园认购带动增收》已重新提交')
    expect(forReviewer.text).toContain('https://zt.example.cn/admin/collections/case-submissions/7')
  })

  it('reaches the editors when a case is shortlisted, and nobody else on staff', () => {
    const mails = transitionMails({ site, kase, from: 'submitted', to: 'shortlisted', recipients })
    expect(to(mails)).toEqual(['unit@a.cn', 'contact@a.cn', 'editor@news.cn'])
  })

  it('tells reviewers of an assignment only once the case is past its draft', () => {
    expect(assignmentIsNews('draft')).toBe(false)
    expect(assignmentIsNews('submitted')).toBe(true)
    const mails = assignmentMails({ site, kase, status: 'submitted', reviewers: ['zheng.reviewer@news.cn'] })
    expect(to(mails)).toEqual(['zheng.reviewer@news.cn'])
    expect(mails[0].subject).toBe('【评审任务】案例《茶园认购带动增收》')
    expect(mails[0].text).toContain('“已提交”')
  })

  it('keeps only usable addresses, each once', () => {
    expect(uniqueAddresses([' a@b.cn ', 'A@B.cn', '', undefined, 'not an address', '13800000000', 'c@d.cn'])).toEqual([
      'a@b.cn',
      'c@d.cn',
    ])
  })
})

describe('what the unit reads', () => {
  it('gives the new status in Chinese, the reviewer’s comment and a link to the case in the portal', () => {
    const [mail] = transitionMails({
      site,
      kase,
      from: 'submitted',
      to: 'returned',
      comment: '请补充带动农户数量',
      recipients,
    })
    expect(mail.subject).toBe('【退回修改】案例《茶园认购带动增收》')
    expect(mail.text).toContain('状态已由“已提交”变为“退回修改”')
    expect(mail.text).toContain('修改意见：\n请补充带动农户数量')
    expect(mail.text).toContain('https://zt.example.cn/submit/cases/7')
    expect(mail.html).toContain('<a href="https://zt.example.cn/submit/cases/7">')
    expect(mail.html).toContain('请补充带动农户数量')
  })

  it('labels a rejection’s comment as the reason', () => {
    const [mail] = transitionMails({ site, kase, from: 'submitted', to: 'rejected', comment: '材料不全', recipients })
    expect(mail.text).toContain('未通过原因：\n材料不全')
  })

  it('never shows markup typed into a title or comment as markup', () => {
    const [mail] = transitionMails({
      site,
      kase: { id: 7, title: '<img src=x onerror=alert(1)>' },
      from: 'submitted',
      to: 'returned',
      comment: '<script>alert("x")</script>',
      recipients,
    })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(escapeHtml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;')
  })

  it('keeps a subject on one line whatever the title holds', () => {
    expect(composeMail('a@b.cn', '案例《一\r\nBcc: x@y.cn》', [], '东南网专题').subject).toBe('案例《一 Bcc: x@y.cn》')
  })
})

const objection: ObjectionFacts = {
  id: 3,
  name: '王读者',
  contact: 'wang.reader@example.com',
  reason: '该案例数据与公开报道不符',
  status: 'dismissed',
  decisionReason: '经核实数据无误',
}

describe('objections', () => {
  it('tell the editors who objected, how to reach them and why, with a link to decide', () => {
    const [mail, ...rest] = objectionFiledMails({ site, kase, objection, editors: ['editor@news.cn'] })
    expect(rest).toEqual([])
    expect(mail.to).toBe('editor@news.cn')
    expect(mail.text).toContain('王读者（wang.reader@example.com）')
    expect(mail.text).toContain('该案例数据与公开报道不符')
    expect(mail.text).toContain('https://zt.example.cn/admin/collections/case-objections/3')
  })

  it('tell the objector and the unit the outcome, the unit without who objected', () => {
    const mails = objectionDecidedMails({ site, kase, objection, unit: ['unit@a.cn'] })
    expect(to(mails)).toEqual(['wang.reader@example.com', 'unit@a.cn'])
    expect(mails[0].text).toContain('结果为“异议不成立”')
    expect(mails[0].text).toContain('经核实数据无误')
    const forUnit = mails[1]
    expect(forUnit.text).toContain('结果为“异议不成立”')
    expect(everything(forUnit)).not.toContain('王读者')
    expect(everything(forUnit)).not.toContain('wang.reader@example.com')
    expect(everything(forUnit)).not.toContain('与公开报道不符')
  })

  it('reach an objector who left a phone number only through the editors', () => {
    const mails = objectionDecidedMails({
      site,
      kase,
      objection: { ...objection, contact: '13800000000', status: 'upheld' },
      unit: ['unit@a.cn'],
    })
    expect(to(mails)).toEqual(['unit@a.cn'])
    expect(mails[0].text).toContain('结果为“异议成立”')
  })

  it('say nothing while an objection is pending', () => {
    expect(
      objectionDecidedMails({ site, kase, objection: { ...objection, status: 'pending' }, unit: ['u@a.cn'] }),
    ).toEqual([])
  })
})

describe('mail settings from the environment', () => {
  it('sends nothing over SMTP without a host', () => {
    expect(smtpSettings({})).toBeNull()
    expect(smtpSettings({ SMTP_HOST: '  ' })).toBeNull()
  })

  it('takes host, port, TLS, login and sender from the environment', () => {
    const settings = smtpSettings({
      SMTP_HOST: 'smtp.example.cn',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'zt',
      SMTP_PASS: 'pw',
      MAIL_FROM: 'zt@example.cn',
      MAIL_FROM_NAME: '专题部',
    })
    expect(settings?.transportOptions).toMatchObject({
      host: 'smtp.example.cn',
      port: 465,
      secure: true,
      auth: { user: 'zt', pass: 'pw' },
    })
    expect(settings?.defaultFromAddress).toBe('zt@example.cn')
    expect(settings?.defaultFromName).toBe('专题部')
  })

  it('defaults to STARTTLS port 587, no login, and a sender at the site’s own domain', () => {
    const settings = smtpSettings({ SMTP_HOST: 'smtp.example.cn', SERVER_URL: 'https://zt.example.cn' })
    expect(settings?.transportOptions).toMatchObject({ port: 587, secure: false, auth: undefined })
    expect(settings?.defaultFromAddress).toBe('no-reply@zt.example.cn')
    expect(settings?.defaultFromName).toBe('东南网专题')
  })

  it('refuses a port that is not a number, rather than mailing nowhere', () => {
    expect(() => smtpSettings({ SMTP_HOST: 'smtp.example.cn', SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT/)
  })

  it('links to SERVER_URL, or to this machine on PORT', () => {
    expect(siteUrl('https://zt.example.cn/', undefined)).toBe('https://zt.example.cn')
    expect(siteUrl(undefined, '4000')).toBe('http://localhost:4000')
    expect(siteUrl('', undefined)).toBe('http://localhost:3000')
  })
})
